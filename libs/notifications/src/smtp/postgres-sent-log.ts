import type { Pool } from 'pg';
import { checkSchemaName, createUnderLock, endPool, openPrepared } from '@ledelsesrum/postgres-kit';
import type { SentLog } from './sent-log';

/**
 * A {@link SentLog} in PostgreSQL, for workers on several hosts: a retried activity on another host must see that the
 * message went out already. `ON CONFLICT DO NOTHING` keeps the first record when two workers record the same key.
 */
export class PostgresSentLog implements SentLog {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {}

  /** Connects to `url` and creates the schema (default `ledelsesrum_mail`) and table if they are missing. */
  static async open(url: string, schema = 'ledelsesrum_mail'): Promise<PostgresSentLog> {
    checkSchemaName(schema);
    return openPrepared({ url, applicationName: 'ledelsesrum-smtp-sent-log', size: 4 }, async (pool) => {
      const log = new PostgresSentLog(pool, `"${schema}".sent_messages`);
      await createUnderLock(
        pool,
        `CREATE SCHEMA IF NOT EXISTS "${schema}";
         CREATE TABLE IF NOT EXISTS ${log.table} (
           idempotency_key text PRIMARY KEY,
           message_id      text NOT NULL,
           sent_at         timestamptz NOT NULL DEFAULT now()
         );`,
      );
      return log;
    });
  }

  async has(idempotencyKey: string): Promise<boolean> {
    const { rows } = await this.pool.query(`SELECT 1 FROM ${this.table} WHERE idempotency_key = $1`, [idempotencyKey]);
    return rows.length > 0;
  }

  async add(idempotencyKey: string, messageId: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.table} (idempotency_key, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [idempotencyKey, messageId],
    );
  }

  /** Safe to call twice. */
  async close(): Promise<void> {
    await endPool(this.pool);
  }
}
