import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventStore } from '@ledelsesrum/event-store';
import {
  startStandInEventStoreDbServer,
  type StandInEventStoreDbServer,
} from '../../event-store-eventstoredb/src/testing/stand-in-eventstoredb-server';
import { createTestDatabase, type TestDatabase } from '../../postgres-kit/src/testing/postgres-test-database';
import { openEventStore } from './open-event-store';

const stores: EventStore[] = [];
const track = (store: EventStore): EventStore => {
  stores.push(store);
  return store;
};
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

const oneEvent = (id: string) => [{ id, type: 'Tested', data: { id } }];

describe('openEventStore', () => {
  it('opens a SQLite store from a path or a file: URL', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-open-'));
    try {
      const file = join(folder, 'events.sqlite');
      const byPath = track(await openEventStore({ kind: 'sqlite', url: file }));
      await byPath.appendToStream('opened', oneEvent('x'), { expectedRevision: 'no_stream' });

      const byUrl = track(await openEventStore({ kind: 'sqlite', url: pathToFileURL(file).href }));
      expect((await byUrl.readStream('opened')).map((event) => event.id)).toEqual(['x']);
    } finally {
      await Promise.all(stores.splice(0).map((store) => store.close()));
      rmSync(folder, { recursive: true, force: true });
    }
  });

  describe('PostgreSQL', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase('open_event_store');
    });
    afterAll(async () => {
      await database?.drop();
    });

    it('opens the PostgreSQL adapter for kind postgres, and keeps the data across reopening', async () => {
      const first = track(await openEventStore({ kind: 'postgres', url: database.url }));
      const streamId = `opened-${randomUUID()}`;
      await first.appendToStream(streamId, oneEvent(randomUUID()), { expectedRevision: 'no_stream' });
      const second = track(await openEventStore({ kind: 'postgres', url: database.url }));
      expect(await second.readStream(streamId)).toEqual(await first.readStream(streamId));
    });
  });

  describe('EventStoreDB (in-process gRPC stand-in server)', () => {
    let server: StandInEventStoreDbServer;
    beforeAll(async () => {
      server = await startStandInEventStoreDbServer();
    });
    afterAll(async () => {
      await server.close();
    });

    it('opens the EventStoreDB adapter for kind eventstoredb, also under the kurrentdb:// name', async () => {
      const first = track(await openEventStore({ kind: 'eventstoredb', url: server.connectionString }));
      const streamId = `opened-${randomUUID()}`;
      await first.appendToStream(streamId, oneEvent(randomUUID()), { expectedRevision: 'no_stream' });
      const renamed = server.connectionString.replace(/^esdb:/, 'kurrentdb:');
      const second = track(await openEventStore({ kind: 'eventstoredb', url: renamed }));
      expect(await second.readStream(streamId)).toEqual(await first.readStream(streamId));
    });
  });

  it('refuses a kind it does not know', async () => {
    await expect(openEventStore({ kind: 'mongodb' as never, url: 'x' })).rejects.toThrow(
      'Unsupported event store kind: mongodb',
    );
  });
});
