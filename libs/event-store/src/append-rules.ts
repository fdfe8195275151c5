/** The rules of an append, kept apart from the SQL so that the store file reads as the transaction it runs. */
import type { AppendResult, ExpectedRevision, NewEvent } from '../event-store.port';
import type { StoredId } from './sqlite-schema';

/** SQLite binds -1 as "no limit". */
const NO_LIMIT = -1;

export function expectationHolds(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return current === expected;
  }
}

/**
 * An idempotent retry: every id already stands in this stream, in the same order, on consecutive revisions starting
 * where this append would have started (anywhere, for `any` and `stream_exists`). Returns what that write returned.
 */
export function earlierWrite(
  streamId: string,
  events: readonly NewEvent[],
  stored: readonly StoredId[],
  expected: ExpectedRevision,
): AppendResult | undefined {
  if (stored.length !== events.length) return undefined;
  const byId = new Map(stored.map((row) => [row.id, row]));
  const first = byId.get(events[0]!.id);
  if (first === undefined) return undefined;
  const start = expected === 'no_stream' ? 0 : typeof expected === 'number' ? expected + 1 : first.revision;
  let last: StoredId | undefined;
  for (const [index, event] of events.entries()) {
    last = byId.get(event.id);
    if (last === undefined || last.stream_id !== streamId || last.revision !== start + index) return undefined;
  }
  return last && { nextExpectedRevision: last.revision, position: last.position };
}

export function firstStoredId(events: readonly NewEvent[], stored: readonly StoredId[]): string {
  const storedIds = new Set(stored.map((row) => row.id));
  return events.find((event) => storedIds.has(event.id))?.id ?? stored[0]!.id;
}

/** Rejects malformed input before taking the write lock; these are programming errors, not concurrency outcomes. */
export function validateAppend(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (typeof streamId !== 'string' || streamId === '') throw new TypeError('streamId must be a non-empty string');
  if (typeof expected === 'number' && (!Number.isInteger(expected) || expected < -1)) {
    throw new RangeError(`expectedRevision must be a whole number >= -1, got ${expected}`);
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (typeof event.id !== 'string' || event.id === '') throw new TypeError('Every event needs a non-empty id');
    if (typeof event.type !== 'string' || event.type === '') throw new TypeError('Every event needs a non-empty type');
    if (ids.has(event.id)) throw new Error(`Event id ${event.id} appears twice in one append`);
    ids.add(event.id);
  }
}

export function countOrNoLimit(maxCount: number | undefined): number {
  if (maxCount === undefined) return NO_LIMIT;
  if (!Number.isInteger(maxCount) || maxCount < 0) {
    throw new RangeError(`maxCount must be a whole number >= 0, got ${maxCount}`);
  }
  return maxCount;
}
