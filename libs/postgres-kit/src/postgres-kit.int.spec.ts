import { randomBytes } from 'node:crypto';
import { checkSchemaName, createUnderLock, endPool, inTransaction, openPool, openPrepared } from './index';
import { createTestDatabase, type TestDatabase } from './testing/postgres-test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('postgres_kit');
});
afterAll(async () => {
  await database?.drop();
});

const settings = (applicationName: string) => ({ url: database.url, applicationName, size: 4 });
const freshSchema = (): string => `k_${randomBytes(6).toString('hex')}`;

describe('the PostgreSQL kit', () => {
  it('creates the same tables from eight pools at once: the advisory lock keeps IF NOT EXISTS from failing', async () => {
    const schema = freshSchema();
    const ddl = `CREATE SCHEMA IF NOT EXISTS "${schema}"; CREATE TABLE IF NOT EXISTS "${schema}".t (id int PRIMARY KEY);`;
    const pools = Array.from({ length: 8 }, () => openPool(settings('ledelsesrum-kit-test')));
    try {
      await Promise.all(pools.map((pool) => createUnderLock(pool, ddl)));
      const { rows } = await pools[0]!.query(`SELECT count(*)::int AS n FROM "${schema}".t`);
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await Promise.all(pools.map(endPool));
    }
  });

  it('inTransaction commits what the work did, and rolls it all back when the work throws', async () => {
    const schema = freshSchema();
    const pool = openPool(settings('ledelsesrum-kit-test'));
    try {
      await createUnderLock(pool, `CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".t (id int PRIMARY KEY);`);
      await inTransaction(pool, (client) => client.query(`INSERT INTO "${schema}".t VALUES (1)`));
      const failure = new Error('the work failed');
      await expect(
        inTransaction(pool, async (client) => {
          await client.query(`INSERT INTO "${schema}".t VALUES (2)`);
          throw failure;
        }),
      ).rejects.toBe(failure);
      const { rows } = await pool.query(`SELECT id FROM "${schema}".t ORDER BY id`);
      expect(rows).toEqual([{ id: 1 }]);
    } finally {
      await endPool(pool);
    }
  });

  it('openPrepared ends the pool when preparing fails, so a store that could not open holds no connection', async () => {
    const applicationName = `ledelsesrum-kit-${randomBytes(4).toString('hex')}`;
    await expect(
      openPrepared(settings(applicationName), async (pool) => {
        await pool.query('SELECT 1');
        throw new Error('could not prepare');
      }),
    ).rejects.toThrow('could not prepare');
    const watcher = openPool(settings('ledelsesrum-kit-watcher'));
    try {
      const { rows } = await watcher.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
        [applicationName],
      );
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await endPool(watcher);
    }
  });

  it('endPool may be called twice', async () => {
    const pool = openPool(settings('ledelsesrum-kit-test'));
    await pool.query('SELECT 1');
    await endPool(pool);
    await expect(endPool(pool)).resolves.toBeUndefined();
    expect(pool.ended).toBe(true);
  });

  it('accepts a plain lower-case schema name and refuses anything else, in Danish and English', () => {
    expect(checkSchemaName('ledelsesrum_keys')).toBe('ledelsesrum_keys');
    for (const bad of ['x"; DROP', 'Upper', '1st', 'a'.repeat(52), '']) {
      expect(() => checkSchemaName(bad)).toThrow(/Ugyldigt skemanavn \/ Invalid schema name/);
    }
  });
});
