import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../postgres-kit/src/testing/postgres-test-database';
import { openSessionStore } from './open-session-store';
import { PostgresSessionStore } from './postgres-session-store';
import { describeSessionStoreConformance } from './testing/session-store-conformance';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('sessions');
});
afterAll(async () => {
  await database?.drop();
});

// One schema per test, so every test starts from an empty store.
let schema = '';
describeSessionStoreConformance('PostgresSessionStore (a real PostgreSQL)', {
  async open() {
    schema = `s_${randomBytes(6).toString('hex')}`;
    return PostgresSessionStore.open(database.url, { schema });
  },
  async openAnother() {
    return PostgresSessionStore.open(database.url, { schema });
  },
});

describe('openSessionStore with SESSIONS_URL (a real PostgreSQL)', () => {
  it('opens the default schema, deletes the expired sessions, and never repeats the URL when it fails', async () => {
    const first = await openSessionStore({ kind: 'postgres', url: database.url });
    const session = { personId: 'p-1', roles: [], name: undefined, csrf: 'c', recheck: undefined };
    await first.add(Buffer.from('expired'), { ...session, createdAt: new Date(0), expiresAt: new Date(1000) });
    await first.add(Buffer.from('live'), {
      ...session,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 60_000),
    });
    await first.close();

    const reopened = await openSessionStore({ kind: 'postgres', url: database.url });
    await reopened.close();

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ id_hash: Buffer }>('SELECT id_hash FROM ledelsesrum_sessions.web_sessions');
    await client.end();
    expect(rows.map((row) => row.id_hash.toString())).toEqual(['live']);

    const wrong = new URL(database.url);
    wrong.password = 'not-the-password';
    wrong.port = '1';
    await expect(openSessionStore({ kind: 'postgres', url: wrong.href })).rejects.toThrow(/^SESSIONS_URL: /);
    await expect(openSessionStore({ kind: 'postgres', url: wrong.href })).rejects.not.toThrow(/not-the-password/);
  });
});
