import { PostgresEventStore } from '@ledelsesrum/event-store-postgres';
import { createTestDatabase, type TestDatabase } from '../../libs/postgres-kit/src/testing/postgres-test-database';
import { expectCycleInServerStore } from '../support/server-store-cycle';
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
    await expectCycleInServerStore(system!, 'postgres', () => PostgresEventStore.open(database.url));
  });
});
