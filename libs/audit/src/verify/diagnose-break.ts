/**
 * Names the first broken link. The event at hand does not continue the chain; what it and the events after it still
 * prove tells which kind of tampering shows (docs/audit.md, "Revision: kontrolkæden (hash-kæden)", lists the signs of
 * each kind).
 */
import { chainHash, eventHash, type RecordedEvent } from '@ledelsesrum/event-store';
import type { ChainState } from './chain-state';
import { lookAhead } from './look-ahead';
import { finding, type ChainFinding } from './chain-finding';
import type { ChainBreak } from './verify-types';

export async function diagnoseBreak(
  event: RecordedEvent,
  state: ChainState,
  rest: AsyncIterator<RecordedEvent>,
): Promise<ChainBreak> {
  const slot = state.lastPosition + 1;
  const expected = state.expectedRevision(event.streamId);
  const here = (kind: ChainBreak['kind'], found: ChainFinding): ChainBreak => ({
    kind,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    finding: found,
  });
  const deleted = (
    facts: { missing?: { streamId: string; revision: number } },
    found: ChainFinding,
    position = slot,
  ): ChainBreak => ({
    kind: 'deleted' as const,
    streamId: facts.missing?.streamId ?? null,
    revision: facts.missing?.revision ?? null,
    position,
    finding: found,
  });

  if (event.position <= state.lastPosition) {
    return here('reordered', finding('positions-go-backwards', { last: state.lastPosition, found: event.position }));
  }
  const linked = chainHash(event.position, event.hash, state.lastChainHash) === event.chainHash;
  if (event.position > slot) {
    // Linked past the gap: the newest events were deleted and the system appended again after them.
    const missing = event.position === slot + 1 ? `${slot}` : `${slot}–${event.position - 1}`;
    return deleted(await lookAhead(event, state, rest, false), finding('position-missing', { missing }));
  }
  if (linked) {
    // The row still links into the global chain, so its hash and chain hash are the ones stored when it was written.
    if (event.revision === expected) {
      return here('changed', finding('content-changed', {}));
    }
    if (eventHash({ ...event, revision: expected }, state.previousHash(event.streamId)) === event.hash) {
      return here('reordered', finding('hashed-as-other-revision', { stored: event.revision, hashed: expected }));
    }
    if (event.revision > expected) {
      return deleted(
        { missing: { streamId: event.streamId, revision: expected } },
        finding('revision-missing', { revision: expected }),
        event.position,
      );
    }
    return here('inserted', finding('revision-exists', { revision: event.revision }));
  }

  // The row does not link to the last intact event: find out whose place it took.
  const facts = await lookAhead(event, state, rest, true);
  const original = facts.belongsAtSlot;
  if (original !== undefined) {
    const swapped = chainHash(slot + 1, event.hash, original.chainHash) === event.chainHash;
    if (original.position === slot + 1 && !swapped) {
      return here('inserted', finding('row-displaces-event', { slot }));
    }
    const where = { position: original.position, streamId: original.streamId, revision: original.revision };
    return here('reordered', finding('event-belongs-elsewhere', { ...where, slot }));
  }
  const next = facts.next;
  if (next !== undefined && chainHash(next.position, next.hash, event.chainHash) === next.chainHash) {
    return here('changed', finding('hash-replaced', {}));
  }
  if (next !== undefined && chainHash(next.position + 1, next.hash, event.chainHash) === next.chainHash) {
    return deleted(facts, finding('event-deleted-and-moved-up', { before: slot + 1 }));
  }
  return here('inserted', finding('row-not-in-chain', {}));
}
