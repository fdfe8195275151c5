/**
 * TEST-ONLY. A deliberately naive PostgreSQL store that must never be used for real: positions come from a bigserial
 * sequence and appends take no lock, while readers still read by position. A transaction that draws position 5 and
 * commits after the one that drew 6 becomes visible too late: a reader already past 6 skips it for good.
 * `postgres-commit-order.int.spec.ts` runs its skip check against this store to show the check can fail.
 * It checks no expectations and computes no hashes; it has just enough of the port for that check.
 */
import type { ClientBase, Pool } from 'pg';
import {
  PollingSubscription,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  type SubscribeOptions,
} from '@ledelsesrum/event-store';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../postgres-schema';

export type NaiveStorePart = Pick<EventStore, 'appendToStream' | 'readAll' | 'subscribeToAll' | 'headPosition'>;

export class TestOnlyNaiveSequenceStore implements NaiveStorePart {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
    private readonly pollIntervalMs: number,
  ) {}

  /** Creates `"schema".events` with a bigserial position in the database the pool connects to. */
  static async create(pool: Pool, schema: string, pollIntervalMs: number): Promise<TestOnlyNaiveSequenceStore> {
    const table = `"${schema}".events`;
    await pool.query(`CREATE SCHEMA "${schema}";
      CREATE TABLE ${table} (
        position bigserial PRIMARY KEY, id text NOT NULL UNIQUE, stream_id text NOT NULL, revision bigint NOT NULL,
        type text NOT NULL, data json NOT NULL, metadata json NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(),
        hash text NOT NULL DEFAULT '', chain_hash text NOT NULL DEFAULT '')`);
    return new TestOnlyNaiveSequenceStore(pool, table, pollIntervalMs);
  }

  /** The insert a naive append runs, on the caller's client, inside the caller's transaction: no lock at all. */
  async insert(client: ClientBase, streamId: string, event: NewEvent): Promise<number> {
    const { rows } = await client.query<{ position: string }>(
      `INSERT INTO ${this.table} (id, stream_id, revision, type, data, metadata)
       VALUES ($1, $2, (SELECT count(*) FROM ${this.table} WHERE stream_id = $2), $3, $4::json, $5::json)
       RETURNING position`,
      [event.id, streamId, event.type, JSON.stringify(event.data ?? null), JSON.stringify(event.metadata ?? {})],
    );
    return Number(rows[0]!.position);
  }

  async appendToStream(streamId: string, events: readonly NewEvent[]): Promise<AppendResult> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      let position = 0;
      for (const event of events) position = await this.insert(client, streamId, event);
      await client.query('COMMIT');
      return { nextExpectedRevision: -1, position };
    } finally {
      client.release();
    }
  }

  async readAll(options: { afterPosition?: number } = {}): Promise<RecordedEvent[]> {
    return this.readPage(options.afterPosition ?? 0, null);
  }

  subscribeToAll(options: SubscribeOptions): PollingSubscription {
    return new PollingSubscription(
      { readPage: (after, max) => this.readPage(after, max), headPosition: () => this.headPosition() },
      options,
      { pollIntervalMs: this.pollIntervalMs, pageSize: 100 },
      () => undefined,
    );
  }

  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ position: string | null }>(
      `SELECT max(position) AS position FROM ${this.table}`,
    );
    return Number(rows[0]?.position ?? 0);
  }

  private async readPage(afterPosition: number, limit: number | null): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.table} WHERE position > $1 ORDER BY position LIMIT $2`,
      [afterPosition, limit],
    );
    return rows.map(toRecordedEvent);
  }
}
