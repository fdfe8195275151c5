import { EventStoreDbEventStore } from '@ledelsesrum/event-store-eventstoredb';
import {
  startStandInEventStoreDbServer,
  type StandInEventStoreDbServer,
} from '../../libs/event-store-eventstoredb/src/testing/stand-in-eventstoredb-server';
import { apiClient } from '../support/http';
import { expectCycleInServerStore } from '../support/server-store-cycle';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

/**
 * The built API and worker on EVENT_STORE=eventstoredb. No EventStoreDB server can be installed where this suite runs,
 * so the processes talk gRPC to an in-process stand-in for one (`stand-in-eventstoredb-server.ts`); the adapter's
 * conformance suite also runs against a real server when EVENTSTORE_CONNECTION_STRING is set.
 */
describe('the system on the EventStoreDB event store (server replaced by an in-process gRPC stand-in)', () => {
  let server: StandInEventStoreDbServer;
  let system: SystemUnderTest | undefined;

  beforeAll(async () => {
    server = await startStandInEventStoreDbServer();
    system = await startSystem({ env: { EVENT_STORE: 'eventstoredb', EVENT_STORE_URL: server.connectionString } });
  });
  afterAll(async () => {
    await system?.stop();
    await server?.close();
  });

  it('runs a cycle to completion into one gapless, intact log, and health tells when the server is gone', async () => {
    await expectCycleInServerStore(system!, 'eventstoredb', () => EventStoreDbEventStore.open(server.connectionString));

    const call = apiClient(system!.baseUrl);
    await server.close();
    expect(await call('GET', '/health')).toEqual({
      status: 503,
      body: {
        status: 'degraded',
        temporal: { reachable: true },
        eventStore: { kind: 'eventstoredb', reachable: false },
        personalDataKeys: { kind: 'sqlite', reachable: true },
      },
    });
  });
});
