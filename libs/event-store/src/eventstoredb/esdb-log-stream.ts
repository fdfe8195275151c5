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
  type StreamSubscription,
} from '@eventstore/db-client';
import type { LogAppendOutcome, LogEntry, LogEntryToWrite, LogStream } from './log-stream.port';

/** How long a health check waits for the server before it reports the store unreachable. */
const PING_DEADLINE_MS = 5_000;
/** After the live subscription drops (a server restart, a leader change), how long before it is opened again. */
const RESUBSCRIBE_AFTER_MS = 1_000;

/**
 * The log stream on an EventStoreDB / KurrentDB server through `@eventstore/db-client` (gRPC; EventStoreDB 20.10 and
 * later, KurrentDB 25). Revisions are `bigint` in the client and safe integers here: a log of 2^53 entries is far off.
 */
export class EsdbLogStream implements LogStream {
  private readonly listeners = new Set<() => void>();
  private live: StreamSubscription | undefined;
  private resubscribeTimer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly stream: string,
  ) {}

  /**
   * The client connects lazily, at the first call. A malformed connection string throws here, without repeating it
   * (it may hold a password). `kurrentdb://` is taken as the `esdb://` it is the new name of.
   */
  static connect(connectionString: string, stream: string): EsdbLogStream {
    const esdb = connectionString.trim().replace(/^kurrentdb(\+discover)?:\/\//i, 'esdb$1://');
    let client: EventStoreDBClient;
    try {
      client = EventStoreDBClient.connectionString(esdb);
    } catch (error) {
      const expected = (error as { expected?: unknown }).expected;
      throw new Error(
        'EVENT_STORE_URL er ikke en gyldig EventStoreDB-forbindelsesstreng / is not a valid EventStoreDB connection ' +
          `string${typeof expected === 'string' ? ` (expected ${expected})` : ''}`,
      );
    }
    return new EsdbLogStream(client, stream);
  }

  async append(entries: readonly LogEntryToWrite[], expectedRevision: number): Promise<LogAppendOutcome> {
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
        expectedRevision: expectedRevision < 0 ? 'no_stream' : BigInt(expectedRevision),
      });
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
      this.client.readStream(this.stream, { direction: FORWARDS, fromRevision: BigInt(fromRevision), maxCount }),
    );
  }

  async lastRevision(deadline?: number): Promise<number> {
    const [last] = await this.collect(
      this.client.readStream(this.stream, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
        ...(deadline === undefined ? {} : { deadline }),
      }),
    );
    return last?.revision ?? -1;
  }

  onAppended(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.live === undefined && this.resubscribeTimer === undefined) this.subscribe();
    return () => this.listeners.delete(listener);
  }

  async ping(): Promise<void> {
    await this.lastRevision(PING_DEADLINE_MS);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.resubscribeTimer);
    this.listeners.clear();
    await this.live?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }

  /** Follows the log's end: every new entry wakes the listeners, who then read by revision themselves. */
  private subscribe(): void {
    this.resubscribeTimer = undefined;
    if (this.closed) return;
    const live = this.client.subscribeToStream(this.stream, { fromRevision: END });
    this.live = live;
    live.on('data', () => {
      for (const listener of this.listeners) listener();
    });
    live.on('error', () => {
      // Readers keep polling meanwhile, so a dropped push costs latency, never an event.
      this.live = undefined;
      if (!this.closed) this.resubscribeTimer = setTimeout(() => this.subscribe(), RESUBSCRIBE_AFTER_MS);
    });
  }

  private async collect(read: AsyncIterable<ResolvedEvent>): Promise<LogEntry[]> {
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
}
