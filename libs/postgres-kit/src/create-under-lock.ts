import type { Pool, PoolClient } from 'pg';
import { LOCK_CLASS } from './lock-class';
import { inTransaction } from './in-transaction';

/** The advisory lock held while creating tables: LOCK_CLASS with object 0, which no table's OID is. */
const DDL_LOCK_OBJECT = 0;

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
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, DDL_LOCK_OBJECT]);
    await client.query(ddl);
    return after?.(client);
  });
}
