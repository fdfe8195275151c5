/**
 * The one EventStoreDB stream the adapter keeps the whole store in, as the adapter needs it: append with an expected
 * revision, read forwards by revision, hear about appends. `esdb-log-stream.ts` implements it with
 * `@eventstore/db-client`; keeping it this narrow lets the adapter's rules be tested without a server.
 */

/** An entry as it is written: EventStoreDB needs a UUID for its own event-id deduplication. */
export interface LogEntryToWrite {
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** An entry as it was stored, with its 0-based revision in the log stream. */
export interface LogEntry extends LogEntryToWrite {
  readonly revision: number;
}

/** The outcome of a conditional append; a conflict is an answer, not an error, because the adapter retries it. */
export type LogAppendOutcome =
  | { readonly kind: 'appended'; readonly lastRevision: number }
  | { readonly kind: 'conflict'; readonly currentRevision: number };

export interface LogStream {
  /**
   * Appends atomically if the log's last revision is `expectedRevision` (-1: the log does not exist yet). Appending
   * the very entries already stored right after `expectedRevision` again succeeds without writing (EventStoreDB's
   * deduplication by event id).
   */
  append(entries: readonly LogEntryToWrite[], expectedRevision: number): Promise<LogAppendOutcome>;
  /** Up to `maxCount` entries from revision `fromRevision` on, in order; none past the end or for a missing log. */
  read(fromRevision: number, maxCount: number): Promise<LogEntry[]>;
  /** The revision of the last entry, -1 when the log is empty or missing. */
  lastRevision(): Promise<number>;
  /** Calls `listener` after entries were appended by anyone (best effort: readers still poll). Returns the unsubscribe. */
  onAppended(listener: () => void): () => void;
  /** Throws when the server cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
