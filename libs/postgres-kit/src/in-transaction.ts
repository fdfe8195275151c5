import type { Pool, PoolClient } from 'pg';

/** Runs `work` on one pooled connection inside BEGIN … COMMIT; any error rolls back and is thrown as it was. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await rollbackQuietly(client);
      throw error;
    }
  } finally {
    client.release();
  }
}

/** Rolls back, ignoring a failure to do so: the original error is the one worth reporting. */
export async function rollbackQuietly(client: PoolClient): Promise<void> {
  await client.query('ROLLBACK').catch(() => undefined);
}
