import type { Pool, PoolClient } from 'pg';

/**
 * The advisory lock held while creating tables: the event store's lock class (`LOCK_CLASS`) with object 0, which no
 * table's OID is. One lock for every ledelsesrum schema in the database.
 */
const DDL_LOCK_CLASS = 0x6c6564; // "led"

/**
 * Runs `ddl` (`CREATE … IF NOT EXISTS`) in a transaction under an advisory lock, then `after` in the same transaction.
 * IF NOT EXISTS is not safe against another session running the same statement at the same moment — PostgreSQL then
 * fails one of them on a unique index of its catalogue — and replicas starting together on a new database do exactly
 * that.
 */
export async function createUnderLock<T = void>(
  pool: Pool,
  ddl: string,
  after?: (client: PoolClient) => Promise<T>,
): Promise<T | undefined> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1, 0)', [DDL_LOCK_CLASS]);
      await client.query(ddl);
      const result = await after?.(client);
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
