import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type JSONType,
  type ResolvedEvent,
  type StreamingRead,
  type StreamSubscription,
} from '@eventstore/db-client';
import { clientConnectionString } from './esdb-connection-string';
import type { LogAppendOutcome, LogEntry, LogEntryToWrite, LogStream } from './log-stream.port';

export interface EsdbLogStreamOptions {
  /** How long a read may take before it is cancelled and fails. Default 30 s. */
  readonly readTimeoutMs?: number;
  /** How long a health check waits before it reports the store unreachable. Default 5 s. */
  readonly pingTimeoutMs?: number;
  /** After the live subscription ends (a restart, a leader change), how long before it is opened again. Default 1 s. */
  readonly resubscribeAfterMs?: number;
}

/** Every call goes to the leader: a follower may lag, and the adapter must read what it has just written. */
const ON_LEADER = { requiresLeader: true } as const;

/**
 * The log stream on an EventStoreDB / KurrentDB server through `@eventstore/db-client` (gRPC). Revisions are `bigint`
 * in the client and safe integers here: a log of 2^53 entries is far off.
 */
export class EsdbLogStream implements LogStream {
  private readonly listeners = new Set<() => void>();
  private readonly readsInFlight = new Set<Promise<unknown>>();
  private live: StreamSubscription | undefined;
  private resubscribeTimer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly stream: string,
    private readonly settings: Required<EsdbLogStreamOptions>,
  ) {}

  /**
   * The client connects lazily, at the first call. A malformed connection string throws here, without repeating it
   * (it may hold a password).
   */
  static connect(connectionString: string, stream: string, options: EsdbLogStreamOptions = {}): EsdbLogStream {
    let client: EventStoreDBClient;
    const checked = clientConnectionString(connectionString);
    try {
      client = EventStoreDBClient.connectionString(checked);
    } catch (error) {
      const expected = (error as { expected?: unknown }).expected;
      throw new Error(
        'EVENT_STORE_URL er ikke en gyldig EventStoreDB-forbindelsesstreng / is not a valid EventStoreDB connection ' +
          `string${typeof expected === 'string' ? ` (expected ${expected})` : ''}`,
      );
    }
    return new EsdbLogStream(client, stream, {
      readTimeoutMs: options.readTimeoutMs ?? 30_000,
      pingTimeoutMs: options.pingTimeoutMs ?? 5_000,
      resubscribeAfterMs: options.resubscribeAfterMs ?? 1_000,
    });
  }

  async append(entries: readonly LogEntryToWrite[], expectedRevision: number): Promise<LogAppendOutcome> {
    this.assertOpen();
    const events = entries.map((entry) =>
      jsonEvent({
        id: entry.eventId,
        type: entry.type,
        // Any JSON value is stored; the client's type names only objects, arrays and strings.
        data: entry.data as JSONType,
        metadata: entry.metadata,
      }),
    );
    try {
      const result = await this.client.appendToStream(this.stream, events, {
        ...ON_LEADER,
        expectedRevision: expectedRevision < 0 ? 'no_stream' : BigInt(expectedRevision),
      });
      // With throwOnAppendFailure=false in the connection string a conflict is an answer, not an error.
      if (!result.success) return { kind: 'conflict', currentRevision: Number(result.nextExpectedRevision) };
      return { kind: 'appended', lastRevision: Number(result.nextExpectedRevision) };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const current = error.actualVersion;
      return { kind: 'conflict', currentRevision: typeof current === 'bigint' ? Number(current) : -1 };
    }
  }

  async read(fromRevision: number, maxCount: number): Promise<LogEntry[]> {
    if (maxCount <= 0) return [];
    return this.collect(
      () =>
        this.client.readStream(this.stream, {
          ...ON_LEADER,
          direction: FORWARDS,
          fromRevision: BigInt(fromRevision),
          maxCount,
        }),
      this.settings.readTimeoutMs,
    );
  }

  async lastRevision(timeoutMs = this.settings.readTimeoutMs): Promise<number> {
    const [last] = await this.collect(
      () => this.client.readStream(this.stream, { ...ON_LEADER, direction: BACKWARDS, fromRevision: END, maxCount: 1 }),
      timeoutMs,
    );
    return last?.revision ?? -1;
  }

  onAppended(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.live === undefined && this.resubscribeTimer === undefined) this.subscribe();
    return () => this.listeners.delete(listener);
  }

  async ping(): Promise<void> {
    await this.lastRevision(this.settings.pingTimeoutMs);
  }

  /** Stops the live subscription, lets reads in flight finish (or time out), then disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.resubscribeTimer);
    this.listeners.clear();
    await this.live?.unsubscribe().catch(() => undefined);
    await Promise.allSettled([...this.readsInFlight]);
    await this.client.dispose();
  }

  /** Follows the log's end: every new entry wakes the listeners, who then read by revision themselves. */
  private subscribe(): void {
    this.resubscribeTimer = undefined;
    if (this.closed) return;
    const live = this.client.subscribeToStream(this.stream, { ...ON_LEADER, fromRevision: END });
    this.live = live;
    live.on('data', () => {
      for (const listener of this.listeners) listener();
    });
    // A server ends subscriptions on a restart or a leader change, with an error or cleanly; either way, open a new
    // one. Readers keep polling meanwhile, so a dropped push costs latency, never an event.
    const reopen = (): void => {
      if (this.live !== live) return;
      this.live = undefined;
      if (!this.closed) this.resubscribeTimer = setTimeout(() => this.subscribe(), this.settings.resubscribeAfterMs);
    };
    live.on('error', reopen);
    live.on('close', reopen);
  }

  /**
   * Reads to the end, or fails: after `timeoutMs` the read is cancelled and rejects. (The client gives streamed reads
   * no deadline, and a cancelled read simply ends, so without this a hung or cancelled read would look like the end.)
   */
  private async collect(open: () => StreamingRead<ResolvedEvent>, timeoutMs: number): Promise<LogEntry[]> {
    this.assertOpen();
    const read = open();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void read.cancel().catch(() => undefined);
    }, timeoutMs);
    const entries = this.entriesOf(read).finally(() => clearTimeout(timer));
    this.readsInFlight.add(entries);
    try {
      const result = await entries;
      if (timedOut) throw new Error(`EventStoreDB did not answer a read within ${timeoutMs} ms`);
      return result;
    } finally {
      this.readsInFlight.delete(entries);
    }
  }

  private async entriesOf(read: StreamingRead<ResolvedEvent>): Promise<LogEntry[]> {
    const entries: LogEntry[] = [];
    try {
      for await (const resolved of read) {
        const event = resolved.event;
        if (event === undefined) continue;
        entries.push({
          revision: Number(event.revision),
          eventId: event.id,
          type: event.type,
          data: event.data,
          metadata: event.metadata,
        });
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return entries;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The EventStoreDB connection is closed');
  }
}
