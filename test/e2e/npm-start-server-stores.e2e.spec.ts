import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../infra/temporal-dev-server';
import { createTestDatabase, type TestDatabase } from '../../libs/postgres-kit/src/testing/postgres-test-database';
import {
  startStandInEventStoreDbServer,
  type StandInEventStoreDbServer,
} from '../../libs/event-store-eventstoredb/src/testing/stand-in-eventstoredb-server';
import { apiClient } from '../support/http';
import { interrupt, npmStart } from '../support/npm-start';
import { organisationFixture } from '../support/organisation-fixture';

jest.setTimeout(240_000);

/** `npm start` with EVENT_STORE and EVENT_STORE_URL naming a server store instead of the embedded SQLite file. */
async function startOn(eventStore: string, url: URL | string, password: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-start-store-'));
  const [port, temporalPort, uiPort] = [await freePort(), await freePort(), await freePort()];
  const started = await npmStart({
    DATA_DIR: dataDir,
    PORT: String(port),
    TEMPORAL_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(uiPort),
    TEMPORAL_ADDRESS: undefined,
    AUTH_JWT_SECRET: undefined,
    EVENT_STORE: eventStore,
    EVENT_STORE_URL: String(url),
  });
  const expectedBanner = `${eventStore} ${String(url).replace(`:${password}@`, ':***@')}`;
  try {
    expect(started.output()).toContain(`Hændelseslager / Event store:          ${expectedBanner}`);
    expect(started.output()).not.toContain(password);
    const call = apiClient(`http://localhost:${port}/api`);
    expect((await call('GET', '/health')).body).toEqual({
      status: 'ok',
      temporal: { reachable: true },
      eventStore: { kind: eventStore, reachable: true },
      personalDataKeys: { kind: 'sqlite', reachable: true },
    });
    const { JwtTokens, resolveJwtSecret } = await import('@ledelsesrum/auth');
    const chef = await new JwtTokens(resolveJwtSecret(undefined, dataDir)).issue('chef-1', ['chefgruppen']);
    expect((await call('PUT', '/organisation', { token: chef, body: organisationFixture(1, 2) })).status).toBe(200);
    expect((await call('GET', '/audit/verify', { token: chef })).status).toBe(403);
  } finally {
    expect(await interrupt(started.child)).toBe(0);
  }
}

describe('npm start on a server event store', () => {
  let database: TestDatabase | undefined;
  let server: StandInEventStoreDbServer | undefined;
  afterAll(async () => {
    await database?.drop();
    await server?.close();
  });

  it('EVENT_STORE=postgres: the banner names the store with the password masked, health reports it reachable', async () => {
    database = await createTestDatabase('npm_start');
    const url = new URL(database.url);
    // The test cluster trusts loopback connections: a password is then only there to be masked.
    if (url.password === '') url.password = 'hemmelig';
    await startOn('postgres', url, url.password);
  });

  it('EVENT_STORE=eventstoredb (server replaced by an in-process gRPC stand-in): the same', async () => {
    server = await startStandInEventStoreDbServer();
    const url = server.connectionString.replace('esdb://', 'esdb://admin:hemmelig@');
    await startOn('eventstoredb', url, 'hemmelig');
  });
});
