import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  checkAppend,
  countOrNoLimit,
  PollingSubscriptions,
  stampEvents,
  validateAppend,
  type AppendResult,
  type EventCopyTarget,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
} from '@ledelsesrum/event-store';
import { copyIntoSqlite } from './sqlite-copy';
import { prepareDatabase, prepareStatements, type Statements, toRecordedEvent } from './sqlite-schema';

/** What one append did: its result, and whether it wrote (an idempotent retry or an empty append does not). */
interface AppendOutcome {
  readonly result: AppendResult;
  readonly wrote: boolean;
}

export interface SqliteEventStoreOptions {
  /** How often subscriptions look for events appended through other connections or processes. Default 100 ms. */
  readonly pollIntervalMs?: number;
  /** How long an append waits for another connection's write lock before failing. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
  /** How many events a subscription reads per query while catching up. Default 500. */
  readonly subscriptionPageSize?: number;
}

/**
 * The embedded adapter: one SQLite file in WAL mode that several processes may share. better-sqlite3 is synchronous,
 * so every call completes its statement before returning; the methods are async only to honour the port.
 */
export class SqliteEventStore implements EventStore, EventCopyTarget {
  private readonly subscriptions: PollingSubscriptions;
  private closed = false;
  private readonly statements: Statements;
  private readonly appendTransaction: Database.Transaction<SqliteEventStore['appendInTransaction']>;
  private readonly copyTransaction: (events: readonly RecordedEvent[]) => void;

  private constructor(
    private readonly db: Database.Database,
    settings: Required<SqliteEventStoreOptions>,
  ) {
    this.statements = prepareStatements(db);
    this.subscriptions = new PollingSubscriptions(
      {
        readPage: (afterPosition, maxCount) => this.readAllSync(afterPosition, maxCount),
        headPosition: () => this.statements.headPosition.get()?.position ?? 0,
      },
      { pollIntervalMs: settings.pollIntervalMs, pageSize: settings.subscriptionPageSize },
    );
    this.copyTransaction = copyIntoSqlite(db, this.statements);
    this.appendTransaction = db.transaction(
      (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) =>
        this.appendInTransaction(streamId, events, expected),
    );
  }

  /** Opens (creating the file, its parent folder and the schema if needed) the store kept in `filePath`. */
  static open(filePath: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
    // Created owner-only before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
    closeSync(openSync(filePath, 'a', 0o600));
    const settings: Required<SqliteEventStoreOptions> = {
      pollIntervalMs: options.pollIntervalMs ?? 100,
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
      subscriptionPageSize: options.subscriptionPageSize ?? 500,
    };
    const db = new Database(filePath);
    try {
      prepareDatabase(db, settings.busyTimeoutMs);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteEventStore(db, settings);
  }

  /**
   * Appends atomically under SQLite's write lock (BEGIN IMMEDIATE), so the expectation check and the insert see the
   * same stream and the global positions follow commit order. A numeric expectation may be -1 (the stream is missing).
   * An empty `events` still checks the expectation; it returns the stream's revision and the position of its last
   * event (-1 and 0 for a missing stream).
   */
  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    validateAppend(streamId, events, options.expectedRevision);
    const { result, wrote } = this.appendTransaction.immediate(streamId, events, options.expectedRevision);
    if (wrote) this.subscriptions.notify();
    return result;
  }

  /** Reads a stream; `maxCount` omitted means the whole (rest of the) stream. An unknown stream reads as empty. */
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = countOrNoLimit(options.maxCount);
    const rows =
      options.direction === 'backwards'
        ? this.statements.readBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
        : this.statements.readForwards.all(streamId, options.fromRevision ?? 0, limit);
    return rows.map(toRecordedEvent);
  }

  /**
   * Reads all streams in global order after `afterPosition`. `maxCount` omitted means no limit: on a large store,
   * page with `maxCount` and the last position read instead.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllSync(options.afterPosition ?? 0, countOrNoLimit(options.maxCount));
  }

  /**
   * Catches up in pages, then follows: appends through this instance wake the subscription at once, appends through
   * other connections or processes are found by polling every `pollIntervalMs`.
   */
  subscribeToAll(options: SubscribeOptions): Subscription {
    if (this.closed) throw new Error('The event store is closed');
    return this.subscriptions.start(options);
  }

  /** Takes events recorded elsewhere as they are (see EventCopyTarget); for `ledelsesrum migrate`. */
  async copyRecorded(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.copyTransaction(events);
    this.subscriptions.notify();
  }

  async headPosition(): Promise<number> {
    return this.statements.headPosition.get()?.position ?? 0;
  }

  /** Runs a trivial query; throws when the database cannot be read (or the store is closed). */
  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  /** Stops every subscription (waiting for deliveries in flight), then closes the database. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.stopAll();
    this.db.close();
  }

  private readAllSync(afterPosition: number, limit: number): RecordedEvent[] {
    return this.statements.readAll.all(afterPosition, limit).map(toRecordedEvent);
  }

  /** Runs inside BEGIN IMMEDIATE: nobody else can write between the checks and the inserts. */
  private appendInTransaction(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): AppendOutcome {
    const head = this.statements.streamHead.get(streamId);
    const current = head?.revision ?? -1;
    const stored = events.length === 0 ? [] : this.statements.findIds.all(JSON.stringify(events.map((e) => e.id)));
    const earlier = checkAppend(streamId, events, expected, current, stored);
    if (earlier !== undefined) return { result: earlier, wrote: false };
    if (events.length === 0) {
      return { result: { nextExpectedRevision: current, position: head?.position ?? 0 }, wrote: false };
    }

    // Under the write lock nobody else appends, so the end of the global chain cannot move while we extend it.
    const end = this.statements.chainEnd.get()!;
    const chain = { position: end.next_position - 1, chainHash: end.chain_hash };
    const stream = { revision: current, hash: head?.hash ?? null };
    const stamped = stampEvents(streamId, events, stream, chain, new Date().toISOString());
    for (const { recorded, dataJson, metadataJson } of stamped) {
      const { position, id, revision, type, recordedAt, hash, chainHash } = recorded;
      this.statements.insert.run(
        position,
        id,
        streamId,
        revision,
        type,
        dataJson,
        metadataJson,
        recordedAt,
        hash,
        chainHash,
      );
    }
    const position = stamped.at(-1)!.recorded.position;
    return { result: { nextExpectedRevision: current + events.length, position }, wrote: true };
  }
}
