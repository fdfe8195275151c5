import { randomBytes } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { checkSchemaName, createUnderLock, endPool, inTransaction, openPrepared } from '@ledelsesrum/postgres-kit';
import { PersonalDataErasedError, type PersonKeyStore, type PersonKeyStoreContents } from './person-key-store';

export interface PostgresPersonKeyStoreOptions {
  /** The schema holding the two tables; created if missing. Default `ledelsesrum_keys`. */
  readonly schema?: string;
  /** Connections in the pool. Default 4. */
  readonly poolSize?: number;
}

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
  private constructor(
    private readonly pool: Pool,
    private readonly keys: string,
    private readonly erased: string,
  ) {}

  /** Connects to `url` (a postgres:// URL) and creates the schema and tables if they are missing. */
  static async open(url: string, options: PostgresPersonKeyStoreOptions = {}): Promise<PostgresPersonKeyStore> {
    const schema = checkSchemaName(options.schema ?? 'ledelsesrum_keys');
    const pool = { url, applicationName: 'ledelsesrum-person-keys', size: options.poolSize ?? 4 };
    return openPrepared(pool, async (opened) => {
      const store = new PostgresPersonKeyStore(opened, `"${schema}".person_keys`, `"${schema}".erased_people`);
      await createUnderLock(
        opened,
        `CREATE SCHEMA IF NOT EXISTS "${schema}";
         CREATE TABLE IF NOT EXISTS ${store.keys} (person_id text PRIMARY KEY, key bytea NOT NULL);
         CREATE TABLE IF NOT EXISTS ${store.erased} (person_id text PRIMARY KEY, erased_at timestamptz NOT NULL);`,
      );
      return store;
    });
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
   * PostgreSQL reuses the space (and in its write-ahead log and backups until they age out): docs/operations.md says so.
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

  /**
   * Takes another store's keys and erasures in one transaction (`copy-keys`): a key already here must be the same,
   * else KeyConflictError and nothing is taken; an erasure, here or copied, always wins over a key. Running it again
   * takes nothing twice. Returns how many keys and erasures were new here. Both tables are locked for the copy (one
   * lock, not one per person: tens of thousands of advisory locks would overflow PostgreSQL's lock table); the API and
   * the workers are to be stopped meanwhile anyway.
   */
  async takeCopy(contents: PersonKeyStoreContents): Promise<{ keys: number; erasures: number }> {
    return inTransaction(this.pool, async (client) => {
      await client.query(`LOCK TABLE ${this.keys}, ${this.erased} IN ACCESS EXCLUSIVE MODE`);
      // Set-wise, not a statement per person: a municipality's file holds thousands.
      const erasedIds = contents.erasures.map((entry) => entry.personId);
      await client.query(`DELETE FROM ${this.keys} WHERE person_id = ANY($1::text[])`, [erasedIds]);
      const erasures = await client.query(
        `INSERT INTO ${this.erased} (person_id, erased_at)
         SELECT * FROM unnest($1::text[], $2::timestamptz[]) ON CONFLICT DO NOTHING`,
        [erasedIds, contents.erasures.map((entry) => entry.erasedAt)],
      );
      // The copied keys in a table of their own, analysed, so that PostgreSQL joins them by hash rather than
      // comparing every pair (an unnest() in a join is planned as if it had 100 rows).
      await client.query(
        'CREATE TEMPORARY TABLE copied_keys (person_id text PRIMARY KEY, key bytea NOT NULL) ON COMMIT DROP',
      );
      await client.query('INSERT INTO copied_keys SELECT * FROM unnest($1::text[], $2::bytea[])', [
        contents.keys.map((entry) => entry.personId),
        contents.keys.map((entry) => entry.key),
      ]);
      await client.query('ANALYZE copied_keys');
      const inserted = await client.query(
        `INSERT INTO ${this.keys} (person_id, key)
         SELECT c.person_id, c.key FROM copied_keys c
          WHERE NOT EXISTS (SELECT 1 FROM ${this.erased} e WHERE e.person_id = c.person_id)
       ON CONFLICT DO NOTHING`,
      );
      const { rows: conflicts } = await client.query<{ person_id: string }>(
        `SELECT k.person_id FROM ${this.keys} k JOIN copied_keys c USING (person_id)
        WHERE k.key <> c.key ORDER BY k.person_id LIMIT 1`,
      );
      if (conflicts[0]) throw new KeyConflictError(conflicts[0].person_id);
      return { keys: inserted.rowCount ?? 0, erasures: erasures.rowCount ?? 0 };
    });
  }

  /**
   * What of another store this one does not hold: keys it has neither the same nor erased, and erasures it has not
   * recorded. Both 0 means every name sealed with those keys reads the same here, and no erased person comes back.
   */
  async unmatched(contents: PersonKeyStoreContents): Promise<{ keys: number; erasures: number }> {
    const ids = [...contents.keys, ...contents.erasures].map((entry) => entry.personId);
    const [{ rows: keys }, { rows: erased }] = await Promise.all([
      this.pool.query<{ person_id: string; key: Buffer }>(
        `SELECT person_id, key FROM ${this.keys} WHERE person_id = ANY($1::text[])`,
        [ids],
      ),
      this.pool.query<{ person_id: string }>(`SELECT person_id FROM ${this.erased} WHERE person_id = ANY($1::text[])`, [
        ids,
      ]),
    ]);
    const held = new Map(keys.map((row) => [row.person_id, row.key]));
    const gone = new Set(erased.map((row) => row.person_id));
    return {
      keys: contents.keys.filter(({ personId, key }) => !gone.has(personId) && held.get(personId)?.equals(key) !== true)
        .length,
      erasures: contents.erasures.filter(({ personId }) => !gone.has(personId)).length,
    };
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
    await endPool(this.pool);
  }

  private async erasedIn(client: Pick<PoolClient, 'query'>, personId: string): Promise<boolean> {
    const { rows } = await client.query(`SELECT 1 FROM ${this.erased} WHERE person_id = $1`, [personId]);
    return rows.length > 0;
  }

  private async underPersonLock<T>(personId: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, personId]);
      return work(client);
    });
  }
}
