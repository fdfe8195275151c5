/**
 * The event store port. Every adapter (embedded SQLite, PostgreSQL, EventStoreDB) implements it and passes the
 * conformance suite in `../conformance`. Revisions are 0-based per stream; positions are 1-based and global.
 */

/** An event as the writer hands it over. The id is chosen by the writer so that retried appends are idempotent. */
export interface NewEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** An event as it was stored. */
export interface RecordedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
  /** 0-based position of the event within its stream. */
  readonly revision: number;
  /** 1-based position in the store's global order. */
  readonly position: number;
  /** ISO-8601 time at which the store recorded the event. */
  readonly recordedAt: string;
  /**
   * SHA-256 (hex) of the event's canonical content and the previous event's hash in its stream (`eventHash` in
   * ./hash-chain; docs/audit.md specifies it). Computed by the store when it appends the event.
   */
  readonly hash: string;
  /** SHA-256 (hex) of the position, `hash` and the chain hash of the event before it in global order (`chainHash`). */
  readonly chainHash: string;
}

/**
 * What the writer believes about the stream before its append:
 * `no_stream` — the stream must not exist; `stream_exists` — it must have at least one event;
 * `any` — no check; a number — the revision of the stream's last event.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface AppendResult {
  /** Revision of the stream's last event after the append; pass it as the next expected revision. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended (or found, for an idempotent retry). */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive start revision; defaults to the first (forwards) or last (backwards) event. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events with a position greater than this one are returned. Defaults to 0 (from the start). */
  readonly afterPosition?: number;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Checkpoint: the last position the subscriber has processed. Delivery starts after it. Defaults to 0. */
  readonly afterPosition?: number;
  /** Called once per event, in global order; the next event waits for the returned promise. */
  readonly onEvent: (event: RecordedEvent) => void | Promise<void>;
  /** Called when reading or `onEvent` fails; the subscription then stops. */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** The position of the last event delivered and processed: persist it to resume after it. */
  readonly checkpoint: number;
  /** Resolves once every event stored up to now has been delivered. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

export interface EventStore {
  /** Appends atomically. Throws `WrongExpectedRevisionError` when the expectation does not hold, unless the very
   * same event ids already stand at the expected positions (an idempotent retry: success, nothing written). */
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /** Reads a stream; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Reads all streams in global order. Never skips an event that a later read could still return. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Follows the global order from a checkpoint, first catching up, then delivering new events as they come. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** The position of the last event stored, 0 for an empty store: how far a reader of the whole log has to go. */
  headPosition(): Promise<number>;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
