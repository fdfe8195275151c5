import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { WrongExpectedRevisionError, type EventStore } from '@ledelsesrum/event-store';
import { runEventStoreConformance } from '@ledelsesrum/event-store/conformance';
import { PostgresEventStore } from './postgres-event-store';
import { createTestDatabase, type TestDatabase } from '../../postgres-kit/src/testing/postgres-test-database';

// One database for this file; one schema per test, so every test starts from an empty store.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('event_store');
});
afterAll(async () => {
  await database?.drop();
});

const freshSchema = (): string => `t_${randomBytes(6).toString('hex')}`;
// A short poll interval keeps the cross-connection subscription tests quick.
const pollIntervalMs = 20;
let currentSchema = '';

runEventStoreConformance('PostgresEventStore', {
  async open() {
    currentSchema = freshSchema();
    return PostgresEventStore.open(database.url, { schema: currentSchema, pollIntervalMs });
  },
  async openAnotherConnection() {
    return PostgresEventStore.open(database.url, { schema: currentSchema, pollIntervalMs });
  },
});

describe('PostgresEventStore (PostgreSQL specifics)', () => {
  const stores: EventStore[] = [];
  const track = <T extends EventStore>(store: T): T => {
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  const oneEvent = (id: string) => [{ id, type: 'Tested', data: { id } }];

  it('the UNIQUE (stream_id, revision) constraint stops a writer that bypasses the lock: the adapter reports a conflict', async () => {
    const schema = freshSchema();
    const store = track(await PostgresEventStore.open(database.url, { schema }));
    const streamId = `guarded-${randomUUID()}`;
    await store.appendToStream(streamId, oneEvent(randomUUID()), { expectedRevision: 'no_stream' });

    // A rogue writer (no advisory lock) inserts revision 1 and keeps its transaction open.
    const rogue = new Client({ connectionString: database.url });
    await rogue.connect();
    try {
      await rogue.query('BEGIN');
      await rogue.query(
        `INSERT INTO "${schema}".events (position, id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash)
         VALUES (1000, $1, $2, 1, 'Rogue', '{}', '{}', now(), '', '')`,
        [randomUUID(), streamId],
      );
      // The adapter's check under the lock cannot see the uncommitted row; its insert waits on the unique index.
      const append = store.appendToStream(streamId, oneEvent(randomUUID()), { expectedRevision: 0 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await rogue.query('COMMIT');
      const error = await append.then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId, expected: 0, actual: 1 });
    } finally {
      await rogue.end();
    }
  });

  it('ping rejects once the server cannot be reached', async () => {
    const store = track(await PostgresEventStore.open(database.url, { schema: freshSchema() }));
    await expect(store.ping()).resolves.toBeUndefined();
    const unreachable = new URL(database.url);
    unreachable.port = '1';
    await expect(PostgresEventStore.open(unreachable.href, { connectionTimeoutMs: 1_000 })).rejects.toThrow();
  });
});
