import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EventStoreDbEventStore, type RecordedEvent } from '@ledelsesrum/event-store';
import {
  startStandInEventStoreDbServer,
  type StandInEventStoreDbServer,
} from '../../libs/event-store/src/eventstoredb/testing/stand-in-eventstoredb-server';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
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
    const call = apiClient(system!.baseUrl);
    expect(await call('GET', '/health')).toEqual({
      status: 200,
      body: {
        status: 'ok',
        temporal: { reachable: true },
        eventStore: { kind: 'eventstoredb', reachable: true },
        personalDataKeys: { kind: 'sqlite', reachable: true },
      },
    });

    const org = organisationFixture(2, 2);
    const chef = await system!.token('chef-1', 'chefgruppen');
    expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
    const cycleId = await cycleAtStage(system!, call, org.groups, 'completed');
    const verified = await call('GET', '/audit/verify', { token: await system!.token('revisor-1', 'auditor') });
    expect(verified).toMatchObject({ status: 200, body: { intact: true } });

    // Everything is on the server, positions 1..n in one chain; nothing went to the embedded store.
    expect(existsSync(join(system!.dataDir, 'events.sqlite'))).toBe(false);
    const store = await EventStoreDbEventStore.open(server.connectionString);
    let all: RecordedEvent[];
    try {
      all = await store.readAll();
    } finally {
      await store.close();
    }
    expect(all.map((event) => event.position)).toEqual(all.map((_, index) => index + 1));
    expect(all.some((event) => event.streamId.includes(cycleId))).toBe(true);
    expect(verified.body.head).toMatchObject({ position: all.length, chainHash: all[all.length - 1]!.chainHash });

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
