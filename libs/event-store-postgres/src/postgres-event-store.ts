import { DatabaseError, type Pool, type PoolConfig } from 'pg';
import {
  countOrNoLimit,
  PollingSubscriptions,
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
import { connectionConfig, inTransaction, openPrepared, rollbackQuietly } from '@ledelsesrum/postgres-kit';
import { appendInTransaction, explainUniqueViolation, type AppendTarget } from './postgres-append';
import { copyInTransaction } from './postgres-copy';
import { EVENT_COLUMNS, prepareSchema, tablesIn, toRecordedEvent, type EventRow } from './postgres-schema';
import { PostgresWakeups } from './postgres-wakeups';

export interface PostgresEventStoreOptions {
  /** The schema holding the `events` table; created if missing. Default `ledelsesrum`. */
  readonly schema?: string;
  /** How often caught-up subscriptions look for new events when no notification arrives. Default 500 ms. */
  readonly pollIntervalMs?: number;
  /** How many events a subscription reads per query while catching up. Default 500. */
  readonly subscriptionPageSize?: number;
  /** Connections in the pool. Default 10. */
  readonly poolSize?: number;
  /** How long to wait for a connection before a call fails (and health reports the store unreachable). Default 5 s. */
  readonly connectionTimeoutMs?: number;
}

/**
 * The PostgreSQL adapter. Design, in short:
 * - Appends run in a transaction that first takes a transaction-level advisory lock on the events table
 *   (`pg_advisory_xact_lock`). One append at a time means positions are last + 1 — contiguous, never a gap left by a
 *   rollback — and handed out in commit order, and the global chain hash is computed from the previous row in the
 *   same transaction. The lock is released only after the commit is visible, so the next writer sees its rows.
 * - Hence a reader that reads by position never skips an event: no position above a visible one can become visible
 *   later. (With a sequence and no lock, a transaction that drew position 5 and commits after the one that drew 6 would
 *   be skipped by a reader that already moved past 6; `postgres-commit-order.int.spec.ts` shows both.)
 * - Expectations are checked under the lock, and UNIQUE (stream_id, revision) and UNIQUE (id) guard them in the end,
 *   whatever the isolation level (the default READ COMMITTED): a unique violation becomes a WrongExpectedRevisionError,
 *   a DuplicateEventIdError or, for the same ids at the same place, an idempotent success.
 * - Subscriptions poll by position and are woken early by LISTEN/NOTIFY and by appends through this instance.
 */
export class PostgresEventStore implements EventStore, EventCopyTarget {
  private readonly subscriptions: PollingSubscriptions;
  private readonly wakeups: PostgresWakeups;
  private closed = false;

  private constructor(
    private readonly pool: Pool,
    private readonly target: AppendTarget,
    settings: Required<Omit<PostgresEventStoreOptions, 'schema' | 'poolSize' | 'connectionTimeoutMs'>>,
    connection: PoolConfig,
  ) {
    this.subscriptions = new PollingSubscriptions(
      { readPage: (after, maxCount) => this.readPage(after, maxCount), headPosition: () => this.headPosition() },
      { pollIntervalMs: settings.pollIntervalMs, pageSize: settings.subscriptionPageSize },
    );
    this.wakeups = new PostgresWakeups(connection, target.tables.channel, () => this.subscriptions.notify());
  }

  /** Connects to `url` (a postgres:// URL) and creates the schema and table if they are missing. */
  static async open(url: string, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const tables = tablesIn(options.schema ?? 'ledelsesrum');
    const pool = {
      url,
      applicationName: 'ledelsesrum-event-store',
      size: options.poolSize ?? 10,
      connectionTimeoutMs: options.connectionTimeoutMs,
    };
    const settings = {
      pollIntervalMs: options.pollIntervalMs ?? 500,
      subscriptionPageSize: options.subscriptionPageSize ?? 500,
    };
    return openPrepared(pool, async (opened) => {
      const lockKey = await prepareSchema(opened, tables);
      return new PostgresEventStore(opened, { tables, lockKey }, settings, connectionConfig(pool));
    });
  }

  /** See the class comment. An empty `events` only checks the expectation and writes nothing. */
  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    validateAppend(streamId, events, options.expectedRevision);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const { result, wrote } = await appendInTransaction(
          client,
          this.target,
          streamId,
          events,
          options.expectedRevision,
        );
        await client.query('COMMIT');
        if (wrote) this.subscriptions.notify();
        return result;
      } catch (error) {
        await rollbackQuietly(client);
        if (!(error instanceof DatabaseError) || error.code !== '23505') throw error;
        return await explainUniqueViolation(
          client,
          this.target,
          streamId,
          events,
          options.expectedRevision,
          error.constraint,
        );
      }
    } finally {
      client.release();
    }
  }

  /** Takes events recorded elsewhere as they are (see EventCopyTarget), one transaction per call; for migrate. */
  async copyRecorded(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    await inTransaction(this.pool, (client) => copyInTransaction(client, this.target, events));
    this.subscriptions.notify();
  }

  /** Reads a stream; `maxCount` omitted means the whole (rest of the) stream. An unknown stream reads as empty. */
  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = toLimit(options.maxCount);
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.target.tables.events}
        WHERE stream_id = $1 AND revision ${backwards ? '<=' : '>='} $2
        ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamId, from, limit],
    );
    return rows.map(toRecordedEvent);
  }

  /** Reads all streams in global order after `afterPosition`; page with `maxCount` on a large store. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readPage(options.afterPosition ?? 0, toLimit(options.maxCount));
  }

  /** Catches up in pages, then follows by polling, woken early by NOTIFY and by appends through this instance. */
  subscribeToAll(options: SubscribeOptions): Subscription {
    if (this.closed) throw new Error('The event store is closed');
    this.wakeups.ensureListening();
    return this.subscriptions.start(options);
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ position: string | null }>(
      `SELECT max(position) AS position FROM ${this.target.tables.events}`,
    );
    return Number(rows[0]?.position ?? 0);
  }

  /** Runs a trivial query; throws when the server cannot be reached within the connection timeout. */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Stops every subscription (waiting for deliveries in flight), then ends the connections. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.subscriptions.stopAll();
    await this.wakeups.close();
    await this.pool.end();
  }

  private async readPage(afterPosition: number, limit: number | null): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.target.tables.events} WHERE position > $1 ORDER BY position LIMIT $2`,
      [afterPosition, limit],
    );
    return rows.map(toRecordedEvent);
  }
}

/** `LIMIT NULL` is PostgreSQL's "no limit". */
function toLimit(maxCount: number | undefined): number | null {
  const count = countOrNoLimit(maxCount);
  return count < 0 ? null : count;
}
