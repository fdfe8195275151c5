/**
 * The rules of an append that every adapter applies the same way, kept apart from the storage so that each adapter's
 * append reads as the transaction it runs.
 */
import { DuplicateEventIdError, WrongExpectedRevisionError } from './errors';
import type { AppendResult, ExpectedRevision, NewEvent } from './event-store.port';

/** What `countOrNoLimit` returns for "no limit" (SQLite binds -1 so; the other adapters translate it). */
const NO_LIMIT = -1;

/** Where an event id that is being appended already stands. */
export interface StoredId {
  readonly id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly position: number;
}

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

/**
 * Decides an append from the stream's current revision (-1 when missing) and where its ids stand already (`stored`):
 * returns what the earlier write returned for an idempotent retry, undefined when the append may go ahead, and throws
 * the conflict otherwise.
 */
export function checkAppend(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  current: number,
  stored: readonly StoredId[],
): AppendResult | undefined {
  const holds = expectationHolds(expected, current);
  if (stored.length > 0) {
    const earlier = earlierWrite(streamId, events, stored, expected);
    if (earlier !== undefined) return earlier;
    // The expectation failing is the news the writer can act on (reload, decide again), so it wins.
    if (holds) throw new DuplicateEventIdError(firstStoredId(events, stored));
  }
  if (!holds) throw new WrongExpectedRevisionError(streamId, expected, current);
  return undefined;
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

/** `data` may legitimately be `undefined`; JSON has no such value, so it is stored as `null`. */
export function serialiseData(data: unknown): string {
  return JSON.stringify(data) ?? 'null';
}
