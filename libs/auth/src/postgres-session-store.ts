import type { Pool } from 'pg';
import { checkSchemaName, createUnderLock, endPool, openPrepared } from '@ledelsesrum/postgres-kit';
import type { SessionRecheck, SessionStore, StoredSession } from './session-store';

export interface PostgresSessionStoreOptions {
  /** The schema holding the table; created if missing. Default `ledelsesrum_sessions`. */
  readonly schema?: string;
  /** Connections in the pool. Default 4. */
  readonly poolSize?: number;
}

interface Row {
  person_id: string;
  roles: string[];
  name: string | null;
  csrf: string;
  created_at: Date;
  expires_at: Date;
  refresh_token: Buffer | null;
  checked_at: Date | null;
}

/**
 * The sessions in PostgreSQL, for API replicas on several hosts: a session started at one replica works at every
 * other, and signing out at one ends it at all of them.
 */
export class PostgresSessionStore implements SessionStore {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {}

  /** Connects to `url` (a postgres:// URL) and creates the schema and table if they are missing. */
  static async open(url: string, options: PostgresSessionStoreOptions = {}): Promise<PostgresSessionStore> {
    const schema = checkSchemaName(options.schema ?? 'ledelsesrum_sessions');
    const pool = { url, applicationName: 'ledelsesrum-sessions', size: options.poolSize ?? 4 };
    return openPrepared(pool, async (opened) => {
      const store = new PostgresSessionStore(opened, `"${schema}".web_sessions`);
      await createUnderLock(
        opened,
        `CREATE SCHEMA IF NOT EXISTS "${schema}";
         CREATE TABLE IF NOT EXISTS ${store.table} (
           id_hash bytea PRIMARY KEY, person_id text NOT NULL, roles text[] NOT NULL, name text, csrf text NOT NULL,
           created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL, refresh_token bytea,
           checked_at timestamptz);
         CREATE INDEX IF NOT EXISTS web_sessions_expiry ON ${store.table} (expires_at);`,
      );
      return store;
    });
  }

  async add(key: Buffer, session: StoredSession): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.table} (id_hash, person_id, roles, name, csrf, created_at, expires_at, refresh_token, checked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        key,
        session.personId,
        [...session.roles],
        session.name ?? null,
        session.csrf,
        session.createdAt,
        session.expiresAt,
        session.recheck?.sealedRefreshToken ?? null,
        session.recheck?.checkedAt ?? null,
      ],
    );
  }

  async find(key: Buffer, now: Date): Promise<StoredSession | undefined> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM ${this.table} WHERE id_hash = $1 AND expires_at > $2`, [
      key,
      now,
    ]);
    return rows[0] && sessionOf(rows[0]);
  }

  async claimRecheck(key: Buffer, seen: Date, now: Date): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE ${this.table} SET checked_at = $1 WHERE id_hash = $2 AND checked_at = $3`,
      [now, key, seen],
    );
    return rowCount === 1;
  }

  async rechecked(
    key: Buffer,
    roles: readonly string[],
    name: string | undefined,
    recheck: SessionRecheck,
  ): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.table} SET roles = $1, name = $2, refresh_token = $3, checked_at = $4 WHERE id_hash = $5`,
      [[...roles], name ?? null, recheck.sealedRefreshToken, recheck.checkedAt, key],
    );
  }

  async releaseRecheck(key: Buffer, claimedAt: Date, seen: Date): Promise<void> {
    await this.pool.query(`UPDATE ${this.table} SET checked_at = $1 WHERE id_hash = $2 AND checked_at = $3`, [
      seen,
      key,
      claimedAt,
    ]);
  }

  async remove(key: Buffer): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.table} WHERE id_hash = $1`, [key]);
  }

  async removeExpired(now: Date): Promise<number> {
    const { rowCount } = await this.pool.query(`DELETE FROM ${this.table} WHERE expires_at <= $1`, [now]);
    return rowCount ?? 0;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Safe to call twice. */
  async close(): Promise<void> {
    await endPool(this.pool);
  }
}

function sessionOf(row: Row): StoredSession {
  return {
    personId: row.person_id,
    roles: row.roles,
    name: row.name ?? undefined,
    csrf: row.csrf,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    recheck:
      row.refresh_token === null || row.checked_at === null
        ? undefined
        : { sealedRefreshToken: row.refresh_token, checkedAt: row.checked_at },
  };
}
