import { randomBytes } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import { createUnderLock } from '@ledelsesrum/event-store';
import { PersonalDataErasedError, type PersonKeyStore, type PersonKeyStoreContents } from './person-key-store';

export interface PostgresPersonKeyStoreOptions {
  /** The schema holding the two tables; created if missing. Default `ledelsesrum_keys`. */
  readonly schema?: string;
  /** Connections in the pool. Default 4. */
  readonly poolSize?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,50}$/;
/** First key of this store's per-person advisory locks ("key"); the second is the hash of the person's id. */
const LOCK_CLASS = 0x6b6579;

/**
 * The per-person keys in PostgreSQL, for API and worker replicas on several hosts (the SQLite file serves one host).
 * Creating and destroying a person's key take the same per-person advisory lock, so a key can never be created for a
 * person whose erasure is committing at that moment. Keep this database apart from the events' (or at least its
 * backups): erasure destroys the key here, while the events stay.
 */
/** The target holds another key for the person than the copy: one of them would make the person's data unreadable. */
export class KeyConflictError extends Error {
  override readonly name = 'KeyConflictError';
  constructor(readonly personId: string) {
    super(
      `Målet har en anden nøgle til ${personId}; intet er kopieret / ` +
        `The target holds another key for ${personId}; nothing was copied`,
    );
  }
}

export class PostgresPersonKeyStore implements PersonKeyStore {
  private closed = false;

  private constructor(
    private readonly pool: Pool,
    private readonly keys: string,
    private readonly erased: string,
  ) {}

  /** Connects to `url` (a postgres:// URL) and creates the schema and tables if they are missing. */
  static async open(url: string, options: PostgresPersonKeyStoreOptions = {}): Promise<PostgresPersonKeyStore> {
    const schema = options.schema ?? 'ledelsesrum_keys';
    if (!IDENTIFIER.test(schema)) throw new Error(`Invalid schema name "${schema}": use a-z, 0-9 and _`);
    const pool = new Pool({
      connectionString: url,
      max: options.poolSize ?? 4,
      connectionTimeoutMillis: 5_000,
      application_name: 'ledelsesrum-person-keys',
    });
    // An idle connection that the server drops emits 'error' on the pool; unhandled, it would end the process.
    pool.on('error', () => undefined);
    const store = new PostgresPersonKeyStore(pool, `"${schema}".person_keys`, `"${schema}".erased_people`);
    try {
      await createUnderLock(
        pool,
        `CREATE SCHEMA IF NOT EXISTS "${schema}";
         CREATE TABLE IF NOT EXISTS ${store.keys} (person_id text PRIMARY KEY, key bytea NOT NULL);
         CREATE TABLE IF NOT EXISTS ${store.erased} (person_id text PRIMARY KEY, erased_at timestamptz NOT NULL);`,
      );
      return store;
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  async get(personId: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ key: Buffer }>(`SELECT key FROM ${this.keys} WHERE person_id = $1`, [
      personId,
    ]);
    return rows[0]?.key;
  }

  async getOrCreate(personId: string): Promise<Buffer> {
    return this.underPersonLock(personId, async (client) => {
      if (await this.erasedIn(client, personId)) throw new PersonalDataErasedError(personId);
      // ON CONFLICT keeps the first key when two processes create one for the same person at once.
      await client.query(`INSERT INTO ${this.keys} (person_id, key) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        personId,
        randomBytes(32),
      ]);
      const { rows } = await client.query<{ key: Buffer }>(`SELECT key FROM ${this.keys} WHERE person_id = $1`, [
        personId,
      ]);
      return rows[0]!.key;
    });
  }

  /**
   * Deletes the key and records the erasure in one transaction. The row's bytes stay in the table's files until
   * PostgreSQL reuses the space (and in its write-ahead log and backups until they age out): the README says so.
   */
  async destroy(personId: string): Promise<void> {
    await this.underPersonLock(personId, async (client) => {
      await client.query(`DELETE FROM ${this.keys} WHERE person_id = $1`, [personId]);
      await client.query(
        `INSERT INTO ${this.erased} (person_id, erased_at) VALUES ($1, now()) ON CONFLICT DO NOTHING`,
        [personId],
      );
    });
  }

  /** True when it holds no key and no erasure: a store nothing has used yet. */
  async isEmpty(): Promise<boolean> {
    const { rows } = await this.pool.query(`SELECT 1 FROM ${this.keys} UNION ALL SELECT 1 FROM ${this.erased} LIMIT 1`);
    return rows.length === 0;
  }

  /**
   * Takes another store's keys and erasures in one transaction (`copy-keys`): a key already here must be the same,
   * else KeyConflictError and nothing is taken; an erasure, here or copied, always wins over a key. Running it again
   * takes nothing twice. Returns how many keys and erasures were new here.
   */
  async takeCopy(contents: PersonKeyStoreContents): Promise<{ keys: number; erasures: number }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const taken = { keys: 0, erasures: 0 };
        for (const { personId, erasedAt } of contents.erasures) {
          await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, personId]);
          await client.query(`DELETE FROM ${this.keys} WHERE person_id = $1`, [personId]);
          const { rowCount } = await client.query(
            `INSERT INTO ${this.erased} (person_id, erased_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
            [personId, erasedAt],
          );
          taken.erasures += rowCount ?? 0;
        }
        for (const { personId, key } of contents.keys) {
          await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, personId]);
          if (await this.erasedIn(client, personId)) continue;
          const { rowCount } = await client.query(
            `INSERT INTO ${this.keys} (person_id, key) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
            [personId, key],
          );
          if (rowCount === 1) {
            taken.keys += 1;
            continue;
          }
          const { rows } = await client.query<{ key: Buffer }>(`SELECT key FROM ${this.keys} WHERE person_id = $1`, [
            personId,
          ]);
          if (!rows[0]!.key.equals(key)) throw new KeyConflictError(personId);
        }
        await client.query('COMMIT');
        return taken;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }

  async isErased(personId: string): Promise<boolean> {
    return this.erasedIn(this.pool, personId);
  }

  /** Throws when the server cannot be reached. */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async erasedIn(client: Pick<PoolClient, 'query'>, personId: string): Promise<boolean> {
    const { rows } = await client.query(`SELECT 1 FROM ${this.erased} WHERE person_id = $1`, [personId]);
    return rows.length > 0;
  }

  private async underPersonLock<T>(personId: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, personId]);
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }
}
