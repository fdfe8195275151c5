import { setTimeout as delay } from 'node:timers/promises';
import {
  checkAppend,
  checkCopiedEvent,
  CopyMismatchError,
  countOrNoLimit,
  earlierWrite,
  PollingSubscriptions,
  stampEvents,
  validateAppend,
  type AppendResult,
  type CopyCursor,
  type EventCopyTarget,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StreamEnd as CopiedStreamEnd,
  type SubscribeOptions,
  type Subscription,
} from '@ledelsesrum/event-store';
import { EsdbLogStream, type EsdbLogStreamOptions } from './esdb-log-stream';
import { fromLogEntry, toLogEntry } from './log-entry';
import { LogIndex, type StreamEnd } from './log-index';
import type { LogStream } from './log-stream.port';

/** The EventStoreDB stream that holds the store unless configured otherwise. */
export const DEFAULT_LOG_STREAM = 'ledelsesrum-events';

export interface EventStoreDbEventStoreOptions extends EsdbLogStreamOptions {
  /** The EventStoreDB stream that holds every event of the store. Default `ledelsesrum-events`. */
  readonly logStream?: string;
  /** How often caught-up subscriptions look for new events when the server's push does not arrive. Default 1 s. */
  readonly pollIntervalMs?: number;
  /** How many entries one read fetches (catching up, readAll, subscriptions). Default 500. */
  readonly pageSize?: number;
}

/** An append that conflicts this many times in a row with other processes' appends gives up with an error. */
const MOST_ATTEMPTS = 100;
/** Reads of a logical stream's events run this many at a time. */
const PARALLEL_READS = 16;
/** EventStoreDB refuses an append over 1 MiB by default; a copied page is split well below that. */
const COPY_CHUNK_BYTES = 512 * 1024;

/**
 * The EventStoreDB / KurrentDB adapter. EventStoreDB appends atomically, in order and with an expected revision to
 * one stream at a time, and its `$all` order has no gapless numbering, so the port's promises (gapless global
 * positions in commit order, a hash chain extended at append, atomic appends) are kept by storing the whole store in
 * **one EventStoreDB stream, the log**: global position = log revision + 1, and every append is conditional on the
 * log's last revision (compare-and-set).
 * - The logical stream, its revision, the writer's id, the recording time and both hashes travel in the entry's
 *   metadata (`log-entry.ts`); type and data are the event's own.
 * - Each instance keeps an index of the log in memory (`LogIndex`), read once at open and brought up to date before
 *   every append and stream read. Expectations and idempotent retries are decided against it, and the conditional
 *   append makes that decision hold: if anyone appended meanwhile, the append conflicts, the index catches up and the
 *   decision is taken again. Appends through one instance queue, so only other processes cause such retries.
 * - A retry of an append that reached the server although its answer was lost is found in the index as an earlier
 *   write. EventStoreDB's own event-id deduplication answers success when another process stored the same ids right
 *   there meanwhile, so every append reads its events back and checks where they stand.
 * - Subscriptions read the log by revision from their checkpoint and are pushed by a live EventStoreDB subscription.
 */
export class EventStoreDbEventStore implements EventStore, EventCopyTarget {
  private readonly index = new LogIndex();
  /** A catch-up that has not started reading yet: callers arriving now can share it. */
  private queuedCatchUp: Promise<void> | undefined;
  private lastCatchUp: Promise<void> = Promise.resolve();
  private lastWrite: Promise<unknown> = Promise.resolve();
  private readonly subscriptions: PollingSubscriptions;
  private stopListening: (() => void) | undefined;
  private closed = false;

  private constructor(
    private readonly log: LogStream,
    private readonly settings: { readonly pollIntervalMs: number; readonly pageSize: number },
  ) {
    this.subscriptions = new PollingSubscriptions(
      { readPage: (after, maxCount) => this.readPage(after, maxCount), headPosition: () => this.headPosition() },
      { pollIntervalMs: settings.pollIntervalMs, pageSize: settings.pageSize },
    );
  }

  /** Connects to `url` (an `esdb://` or `kurrentdb://` connection string) and reads the log's index. */
  static async open(url: string, options: EventStoreDbEventStoreOptions = {}): Promise<EventStoreDbEventStore> {
    const log = EsdbLogStream.connect(url, options.logStream ?? DEFAULT_LOG_STREAM, options);
    try {
      return await EventStoreDbEventStore.over(log, options);
    } catch (error) {
      await log.close().catch(() => undefined);
      throw error;
    }
  }

  /** The adapter over any log stream (tests give it a stand-in); reads the log's index before it answers. */
  static async over(log: LogStream, options: EventStoreDbEventStoreOptions = {}): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(log, {
      pollIntervalMs: options.pollIntervalMs ?? 1_000,
      pageSize: options.pageSize ?? 500,
    });
    await store.catchUp();
    return store;
  }

  /** See the class comment. An empty `events` only checks the expectation and writes nothing. */
  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    validateAppend(streamId, events, options.expectedRevision);
    this.assertOpen();
    return this.oneWriteAtATime(() => this.appendUntilSettled(streamId, events, options.expectedRevision));
  }

  /** Takes events recorded elsewhere as they are (see EventCopyTarget); for migrate, with no other writer. */
  async copyRecorded(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.assertOpen();
    await this.oneWriteAtATime(async () => {
      await this.catchUp();
      let cursor: CopyCursor = { nextPosition: this.index.position + 1, previousChainHash: this.index.chainHash };
      const streams = new Map<string, CopiedStreamEnd>();
      for (const event of events) {
        cursor = checkCopiedEvent(event, cursor, streams.get(event.streamId) ?? this.index.streamEnd(event.streamId));
        streams.set(event.streamId, { revision: event.revision, hash: event.hash });
      }
      for (const chunk of chunksBySize(events)) {
        const outcome = await this.log.append(chunk.map(toLogEntry), chunk[0]!.position - 2);
        if (outcome.kind === 'conflict') {
          throw new CopyMismatchError(chunk[0]!.position, 'another writer appended to the target during the copy');
        }
        // Taken in now rather than read back: a copy stores the source's events exactly, hashes and all, so even an
        // append the server deduplicated (the same copy run twice at once) holds what the index takes in.
        for (const event of chunk) this.index.add(event);
      }
    });
    this.subscriptions.notify();
  }

  /** Reads a stream; `maxCount` omitted means the whole (rest of the) stream. An unknown stream reads as empty. */
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = countOrNoLimit(options.maxCount);
    this.assertOpen();
    await this.catchUp();
    const positions = this.index.positionsOf(streamId);
    const last = positions.length - 1;
    let selected: readonly number[];
    if (options.direction === 'backwards') {
      // Floor and ceiling: a fractional revision selects what `revision <= x` / `>= x` selects in the SQL stores.
      const from = Math.min(Math.floor(options.fromRevision ?? last), last);
      const start = limit < 0 ? 0 : Math.max(0, from - limit + 1);
      selected = from < 0 ? [] : positions.slice(start, from + 1).reverse();
    } else {
      const from = Math.max(0, Math.ceil(options.fromRevision ?? 0));
      selected = positions.slice(from, limit < 0 ? undefined : from + limit);
    }
    const events = await this.readPositions(selected);
    for (const event of events) {
      if (event.streamId !== streamId) throw new Error(`The event log changed under the index at ${event.position}`);
    }
    return events;
  }

  /** Reads all streams in global order after `afterPosition`; page with `maxCount` on a large store. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = countOrNoLimit(options.maxCount);
    this.assertOpen();
    const events: RecordedEvent[] = [];
    // As `position > x` in the SQL stores: before the first event for anything below 1, whole positions above it.
    let after = Math.max(0, Math.floor(options.afterPosition ?? 0));
    for (;;) {
      const wanted = limit < 0 ? this.settings.pageSize : Math.min(this.settings.pageSize, limit - events.length);
      if (wanted === 0) return events;
      const page = await this.readPage(after, wanted);
      events.push(...page);
      if (page.length < wanted) return events;
      after = page.at(-1)!.position;
    }
  }

  /** Catches up in pages, then follows by reading after each push from the server (or each poll). */
  subscribeToAll(options: SubscribeOptions): Subscription {
    if (this.closed) throw new Error('The event store is closed');
    this.stopListening ??= this.log.onAppended(() => this.subscriptions.notify());
    return this.subscriptions.start(options);
  }

  async headPosition(): Promise<number> {
    return (await this.log.lastRevision()) + 1;
  }

  async ping(): Promise<void> {
    await this.log.ping();
  }

  /** Stops every subscription (waiting for deliveries in flight), then disconnects. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.stopAll();
    this.stopListening?.();
    await this.lastWrite.catch(() => undefined);
    await this.log.close();
  }

  private async appendUntilSettled(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 1; attempt <= MOST_ATTEMPTS; attempt++) {
      await this.catchUp();
      const end = this.index.streamEnd(streamId);
      const earlier = checkAppend(streamId, events, expected, end.revision, this.index.storedIds(events));
      if (earlier !== undefined) return earlier;
      if (events.length === 0) return { nextExpectedRevision: end.revision, position: end.position };

      const recorded = this.record(streamId, events, end);
      const outcome = await this.log.append(recorded.map(toLogEntry), this.index.position - 1);
      if (outcome.kind === 'appended') {
        this.subscriptions.notify();
        // EventStoreDB also answers success when it found these event ids already stored right there, written by
        // another process in the meantime — perhaps into another stream. Read them back to know where they stand.
        await this.catchUp();
        const placed = earlierWrite(streamId, events, this.index.storedIds(events), expected);
        if (placed !== undefined) return placed;
        continue;
      }
      // Another process appended first: catch up and decide again, after a short random pause so that writers
      // colliding again and again spread out.
      await delay(Math.random() * Math.min(50, 2 ** attempt));
    }
    throw new Error(
      `Tilføjelsen til ${streamId} opgav efter ${MOST_ATTEMPTS} sammenstød med andre skrivere / ` +
        `The append to ${streamId} gave up after ${MOST_ATTEMPTS} collisions with other writers`,
    );
  }

  /** The events as they will be stored right after the index's end, with their hashes. */
  private record(streamId: string, events: readonly NewEvent[], end: StreamEnd): RecordedEvent[] {
    // Never earlier than the event before it: replica clocks differ a little, and the log is read as a timeline.
    const now = new Date().toISOString();
    const recordedAt = this.index.recordedAt !== null && this.index.recordedAt > now ? this.index.recordedAt : now;
    const chain = { position: this.index.position, chainHash: this.index.chainHash };
    return stampEvents(streamId, events, end, chain, recordedAt).map((stamped) => stamped.recorded);
  }

  /**
   * Brings the index up to the log's end as of the call. A catch-up already reading may have passed that end before
   * the call, so callers share only one that has not started reading yet.
   */
  private catchUp(): Promise<void> {
    if (this.queuedCatchUp) return this.queuedCatchUp;
    const run: Promise<void> = this.lastCatchUp
      .catch(() => undefined)
      .then(() => {
        if (this.queuedCatchUp === run) this.queuedCatchUp = undefined;
        return this.readNewEntries();
      });
    this.queuedCatchUp = run;
    this.lastCatchUp = run;
    return run;
  }

  private async readNewEntries(): Promise<void> {
    for (;;) {
      const page = await this.readPage(this.index.position, this.settings.pageSize);
      for (const event of page) this.index.add(event);
      if (page.length < this.settings.pageSize) return;
    }
  }

  private async readPage(afterPosition: number, maxCount: number): Promise<RecordedEvent[]> {
    const entries = await this.log.read(afterPosition, maxCount);
    return entries.map(fromLogEntry);
  }

  /** Reads the events at `positions` (in that order), one read per run of consecutive positions. */
  private async readPositions(positions: readonly number[]): Promise<RecordedEvent[]> {
    const ascending = [...positions].sort((a, b) => a - b);
    const runs: { from: number; count: number }[] = [];
    for (const position of ascending) {
      const run = runs.at(-1);
      if (run && run.from + run.count === position) run.count++;
      else runs.push({ from: position, count: 1 });
    }
    const byPosition = new Map<number, RecordedEvent>();
    for (let i = 0; i < runs.length; i += PARALLEL_READS) {
      const pages = await Promise.all(
        runs.slice(i, i + PARALLEL_READS).map((run) => this.readPage(run.from - 1, run.count)),
      );
      for (const event of pages.flat()) byPosition.set(event.position, event);
    }
    return positions.map((position) => {
      const event = byPosition.get(position);
      if (event === undefined) throw new Error(`The event at position ${position} is missing from the event log`);
      return event;
    });
  }

  /** Runs `write` after every write this instance started before it, so they never conflict with each other. */
  private oneWriteAtATime<T>(write: () => Promise<T>): Promise<T> {
    const result = this.lastWrite.catch(() => undefined).then(write);
    this.lastWrite = result;
    return result;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

/** Splits a copied page into chunks that each stay well under EventStoreDB's largest append. */
function chunksBySize(events: readonly RecordedEvent[]): RecordedEvent[][] {
  const chunks: RecordedEvent[][] = [];
  let bytes = 0;
  for (const event of events) {
    const size = Buffer.byteLength(JSON.stringify(toLogEntry(event)));
    if (chunks.length === 0 || bytes + size > COPY_CHUNK_BYTES) {
      chunks.push([]);
      bytes = 0;
    }
    chunks.at(-1)!.push(event);
    bytes += size;
  }
  return chunks;
}
