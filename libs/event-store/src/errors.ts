import type { ExpectedRevision } from './event-store.port';

/** A concurrency error: the stream is not where the writer expected it to be. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or -1 when it does not exist. */
    readonly actual: number,
  ) {
    super(`Stream "${streamId}" expected at revision ${String(expected)} but is at ${actual}`);
  }
}

/** An event id that is already stored elsewhere than at the position being appended. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly eventId: string) {
    super(`Event id ${eventId} is already stored at another position`);
  }
}
