import { randomUUID } from 'node:crypto';
import { describeEventStoreConformance } from '../conformance/event-store-conformance';
import type { EventStore } from '../event-store.port';
import { openEventStore } from '../index';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { startStandInEventStoreDbServer, type StandInEventStoreDbServer } from './testing/stand-in-eventstoredb-server';

const pollIntervalMs = 50;
/** Each test its own log stream, so every test starts from an empty store on a server that keeps everything. */
const freshLogStream = (): string => `ledelsesrum-test-${randomUUID()}`;

// The adapter through the real @eventstore/db-client, over gRPC, against an in-process stand-in for the server
// (`testing/stand-in-eventstoredb-server.ts`): no EventStoreDB server can be installed on the machines that run this
// suite. It proves the client mapping (conditional appends, reads, the live subscription, errors) end to end.
describe('EventStoreDbEventStore through @eventstore/db-client (server replaced by an in-process gRPC stand-in)', () => {
  let server: StandInEventStoreDbServer;
  let logStream = '';
  beforeAll(async () => {
    server = await startStandInEventStoreDbServer();
  });
  afterAll(async () => {
    await server.close();
  });

  describeEventStoreConformance('EventStoreDbEventStore (stand-in server)', {
    async open() {
      logStream = freshLogStream();
      return EventStoreDbEventStore.open(server.connectionString, { logStream, pollIntervalMs });
    },
    async openAnotherConnection() {
      return EventStoreDbEventStore.open(server.connectionString, { logStream, pollIntervalMs });
    },
  });

  describe('opening and reaching it', () => {
    const stores: EventStore[] = [];
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
    });

    it('openEventStore opens the EventStoreDB adapter for kind eventstoredb, also under the kurrentdb:// name', async () => {
      const first = await openEventStore({ kind: 'eventstoredb', url: server.connectionString });
      stores.push(first);
      const streamId = `opened-${randomUUID()}`;
      await first.appendToStream(streamId, [{ id: randomUUID(), type: 'Tested', data: {} }], {
        expectedRevision: 'no_stream',
      });
      const renamed = server.connectionString.replace(/^esdb:/, 'kurrentdb:');
      const second = await openEventStore({ kind: 'eventstoredb', url: renamed });
      stores.push(second);
      expect(await second.readStream(streamId)).toEqual(await first.readStream(streamId));
    });

    it('refuses a malformed connection string without repeating it', async () => {
      const error = await EventStoreDbEventStore.open('esdb://admin:hemmelig@db:notaport').catch((caught) => caught);
      expect(String(error)).toMatch(/not a valid EventStoreDB connection string/);
      expect(String(error)).not.toContain('hemmelig');
    });

    it('ping rejects once the server is gone', async () => {
      const own = await startStandInEventStoreDbServer();
      const store = await EventStoreDbEventStore.open(own.connectionString, { logStream: freshLogStream() });
      stores.push(store);
      await expect(store.ping()).resolves.toBeUndefined();
      await own.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
});

// Against a real EventStoreDB or KurrentDB server when one is named (the README says how to start one):
//   EVENTSTORE_CONNECTION_STRING='esdb://localhost:2113?tls=false' npx jest libs/event-store/src/eventstoredb
const connectionString = process.env['EVENTSTORE_CONNECTION_STRING']?.trim() || undefined;
if (connectionString === undefined) {
  console.warn(
    'EventStoreDB-serveren er ikke testet / The real EventStoreDB server suite was SKIPPED: ' +
      'EVENTSTORE_CONNECTION_STRING is not set (see the README, "EventStoreDB / KurrentDB").',
  );
}
const describeWithServer = connectionString === undefined ? describe.skip : describe;
describeWithServer(
  `EventStoreDbEventStore against the server at EVENTSTORE_CONNECTION_STRING${
    connectionString === undefined ? ' (SKIPPED: EVENTSTORE_CONNECTION_STRING is not set)' : ''
  }`,
  () => {
    let logStream = '';
    describeEventStoreConformance('EventStoreDbEventStore (real server)', {
      async open() {
        logStream = freshLogStream();
        return EventStoreDbEventStore.open(connectionString!, { logStream, pollIntervalMs });
      },
      async openAnotherConnection() {
        return EventStoreDbEventStore.open(connectionString!, { logStream, pollIntervalMs });
      },
    });
  },
);
