import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresEventStore, type RecordedEvent } from '@ledelsesrum/event-store';
import {
  createTestDatabase,
  type TestDatabase,
} from '../../libs/event-store/src/postgres/testing/postgres-test-database';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

/** The built API and worker on EVENT_STORE=postgres: a whole cycle lands in PostgreSQL and verifies as intact. */
describe('the system on the PostgreSQL event store', () => {
  let database: TestDatabase;
  let system: SystemUnderTest | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('e2e_store');
    system = await startSystem({ env: { EVENT_STORE: 'postgres', EVENT_STORE_URL: database.url } });
  });
  afterAll(async () => {
    await system?.stop();
    await database?.drop();
  });

  it('reports the store kind in health, runs a cycle to completion, and keeps one gapless, intact log there', async () => {
    const call = apiClient(system!.baseUrl);
    expect(await call('GET', '/health')).toEqual({
      status: 200,
      body: {
        status: 'ok',
        temporal: { reachable: true },
        eventStore: { kind: 'postgres', reachable: true },
        personalDataKeys: { kind: 'sqlite', reachable: true },
      },
    });

    const org = organisationFixture(2, 2);
    const chef = await system!.token('chef-1', 'chefgruppen');
    expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
    const cycleId = await cycleAtStage(system!, call, org.groups, 'completed');
    const verified = await call('GET', '/audit/verify', { token: await system!.token('revisor-1', 'auditor') });
    expect(verified).toMatchObject({ status: 200, body: { intact: true } });

    // Nothing went to the embedded store; everything is in PostgreSQL, positions 1..n in one chain.
    expect(existsSync(join(system!.dataDir, 'events.sqlite'))).toBe(false);
    const store = await PostgresEventStore.open(database.url);
    let all: RecordedEvent[];
    try {
      all = await store.readAll();
    } finally {
      await store.close();
    }
    expect(all.map((event) => event.position)).toEqual(all.map((_, index) => index + 1));
    expect(all.some((event) => event.streamId.includes(cycleId))).toBe(true);
    expect(verified.body.head).toMatchObject({ position: all.length, chainHash: all[all.length - 1]!.chainHash });
  });
});
