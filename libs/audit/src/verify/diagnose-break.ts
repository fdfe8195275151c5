/**
 * Names the first broken link. The event at hand does not continue the chain; what it and the events after it still
 * prove tells which kind of tampering shows (docs/audit.md, "Revision: hash-kæden", lists the signs of each kind).
 */
import { chainHash, eventHash, type RecordedEvent } from '@ledelsesrum/event-store';
import type { ChainState } from './chain-state';
import { lookAhead } from './look-ahead';
import type { ChainBreak } from './verify-types';

export async function diagnoseBreak(
  event: RecordedEvent,
  state: ChainState,
  rest: AsyncIterator<RecordedEvent>,
): Promise<ChainBreak> {
  const slot = state.lastPosition + 1;
  const expected = state.expectedRevision(event.streamId);
  const here = (kind: ChainBreak['kind'], detail: string): ChainBreak => ({
    kind,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    detail,
  });
  const deleted = (facts: { missing?: { streamId: string; revision: number } }, detail: string, position = slot) => ({
    kind: 'deleted' as const,
    streamId: facts.missing?.streamId ?? null,
    revision: facts.missing?.revision ?? null,
    position,
    detail,
  });

  if (event.position <= state.lastPosition) {
    return here(
      'reordered',
      `Positionerne går baglæns / Positions go backwards (${state.lastPosition}, ${event.position})`,
    );
  }
  const linked = chainHash(event.position, event.hash, state.lastChainHash) === event.chainHash;
  if (event.position > slot) {
    // Linked past the gap: the newest events were deleted and the system appended again after them.
    const missing = event.position === slot + 1 ? `${slot}` : `${slot}–${event.position - 1}`;
    return deleted(await lookAhead(event, state, rest, false), `Position ${missing} mangler / is missing`);
  }
  if (linked) {
    // The row still links into the global chain, so its hash and chain hash are the ones stored when it was written.
    if (event.revision === expected) {
      return here('changed', 'Indholdet passer ikke til hændelsens hash / The content does not match the event’s hash');
    }
    if (eventHash({ ...event, revision: expected }, state.previousHash(event.streamId)) === event.hash) {
      return here(
        'reordered',
        `Gemt som revision ${event.revision}, hashet som revision ${expected} / ` +
          `Stored as revision ${event.revision}, hashed as revision ${expected}`,
      );
    }
    if (event.revision > expected) {
      return deleted(
        { missing: { streamId: event.streamId, revision: expected } },
        `Revision ${expected} mangler, og kæden er genberegnet efter den / ` +
          `Revision ${expected} is missing and the chain was recomputed after it`,
        event.position,
      );
    }
    return here(
      'inserted',
      `Revision ${event.revision} findes allerede i strømmen / Revision ${event.revision} already occurs in the stream`,
    );
  }

  // The row does not link to the last intact event: find out whose place it took.
  const facts = await lookAhead(event, state, rest, true);
  const original = facts.belongsAtSlot;
  if (original !== undefined) {
    const swapped = chainHash(slot + 1, event.hash, original.chainHash) === event.chainHash;
    if (original.position === slot + 1 && !swapped) {
      return here(
        'inserted',
        `Rækken hører ikke til kæden; hændelsen fra position ${slot} står nu på ${slot + 1} / ` +
          `The row is not part of the chain; the event from position ${slot} now stands at ${slot + 1}`,
      );
    }
    const where = `${original.position} (${original.streamId}, revision ${original.revision})`;
    return here(
      'reordered',
      `Hændelsen på position ${where} hører til position ${slot} / The event at position ${where} belongs at ${slot}`,
    );
  }
  const next = facts.next;
  if (next !== undefined && chainHash(next.position, next.hash, event.chainHash) === next.chainHash) {
    return here(
      'changed',
      'Hændelsens hash er skiftet ud; dens kædehash er den oprindelige / ' +
        'The event’s hash was replaced; its chain hash is the original',
    );
  }
  if (next !== undefined && chainHash(next.position + 1, next.hash, event.chainHash) === next.chainHash) {
    return deleted(
      facts,
      `En hændelse før position ${slot + 1} er slettet og de følgende rykket én frem / ` +
        `An event before position ${slot + 1} was deleted and the ones after it moved up`,
    );
  }
  return here('inserted', 'Rækken hører ikke til kæden / The row is not part of the chain');
}
