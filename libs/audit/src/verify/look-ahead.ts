import { chainHash, type RecordedEvent } from '@ledelsesrum/event-store';
import type { ChainState } from './chain-state';

/** What the events from the first broken one onwards still prove. */
export interface LookAheadFacts {
  /** The event right after the broken one. */
  readonly next?: RecordedEvent;
  /** A later event whose chain hash links it to the last intact event at `slot`: it was hashed there. */
  readonly belongsAtSlot?: RecordedEvent;
  /** The first revision a stream skips, from the broken event onwards: where a deleted event was. */
  readonly missing?: { readonly streamId: string; readonly revision: number };
}

/**
 * Reads on from the broken event (at most to the end of the log, in the pages the walk reads) and stops as soon as
 * it knows enough: an event that belongs at `slot`, or, when `wantSlot` is false, the first skipped revision. Only
 * the streams' revisions seen after the break are kept, so memory still grows with streams, not events.
 */
export async function lookAhead(
  broken: RecordedEvent,
  state: ChainState,
  rest: AsyncIterator<RecordedEvent>,
  wantSlot: boolean,
): Promise<LookAheadFacts> {
  const slot = state.lastPosition + 1;
  const lastRevisions = new Map<string, number>();
  let next: RecordedEvent | undefined;
  let belongsAtSlot: RecordedEvent | undefined;
  let missing: LookAheadFacts['missing'];

  const see = (event: RecordedEvent): void => {
    const expected = (lastRevisions.get(event.streamId) ?? state.expectedRevision(event.streamId) - 1) + 1;
    if (missing === undefined && event.revision > expected) missing = { streamId: event.streamId, revision: expected };
    lastRevisions.set(event.streamId, Math.max(event.revision, expected - 1));
  };

  see(broken);
  while ((wantSlot && belongsAtSlot === undefined) || (!wantSlot && missing === undefined)) {
    const { value: event, done } = await rest.next();
    if (done) break;
    next ??= event;
    if (wantSlot && chainHash(slot, event.hash, state.lastChainHash) === event.chainHash) belongsAtSlot = event;
    see(event);
  }
  return { next, belongsAtSlot, missing };
}
