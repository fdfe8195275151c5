import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { createTestDatabase, type TestDatabase } from '../../libs/postgres-kit/src/testing/postgres-test-database';
import { runCli } from '../support/cli';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

/**
 * Moving the per-person keys from the data folder's SQLite file to PostgreSQL, as a municipality does when its
 * replicas spread over several hosts: the API refuses to start on an empty key database while the file holds keys,
 * `copy-keys` moves them, and the names read as before.
 */
describe('switching the per-person keys to PostgreSQL with copy-keys', () => {
  let database: TestDatabase;
  const systems: SystemUnderTest[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('e2e_copy_keys');
  });
  afterAll(async () => {
    for (const system of systems) await system.stop();
    await database?.drop();
  });

  it('refuses the switch until the keys are copied, copies them once, and then reads every name as before', async () => {
    const before = await startSystem({ pieces: ['api'] });
    systems.push(before);
    const dataDir = before.dataDir;
    const org = organisationFixture(2, 2);
    const chef = await before.token('chef-1', 'chefgruppen');
    expect((await apiClient(before.baseUrl)('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
    const people = (await apiClient(before.baseUrl)('GET', '/organisation', { token: chef })).body.people;
    await before.stop();

    const switched = { DATA_DIR: dataDir, PERSONAL_DATA_KEYS_URL: database.url };
    await expect(startSystem({ pieces: ['api'], env: switched })).rejects.toThrow(
      /lacks 4 keys and 0 erasures that .*personal-data-keys\.sqlite holds\. Copy them first: .*copy-keys/,
    );

    const file = join(dataDir, 'personal-data-keys.sqlite');
    const keyFileBefore = readFileSync(file);
    const copied = await runCli(['copy-keys', '--from', file, '--to', database.url], process.env);
    expect(copied.stdout).toContain('Kopieret / Copied: 4 nøgler / keys, 0 sletninger / erasures');
    expect(copied.status).toBe(0);
    const again = await runCli(['copy-keys', '--from', file, '--to', database.url], process.env);
    expect(again.stdout).toContain('Kopieret / Copied: 0 nøgler / keys, 0 sletninger / erasures');
    expect(again.status).toBe(0);
    // The key file is only read: it stays as it was, for a way back.
    expect(readFileSync(file).equals(keyFileBefore)).toBe(true);

    const after = await startSystem({ pieces: ['api'], env: switched });
    systems.push(after);
    const token = await after.token('chef-1', 'chefgruppen');
    expect((await apiClient(after.baseUrl)('GET', '/organisation', { token })).body.people).toEqual(people);
  });

  it('is called wrongly without --to or with a --to that is no postgres:// URL (exit 2), and refuses a file that is no key file', async () => {
    const missing = await runCli(['copy-keys', '--from', __filename], process.env);
    expect({ status: missing.status, stderr: missing.stderr }).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Angiv både / Give both --from og/and --to'),
    });
    const wrong = await runCli(['copy-keys', '--from', __filename, '--to', 'mysql://u:hemmelig@db/x'], process.env);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--to skal være en postgres:\/\/-URL/);
    expect(wrong.stderr).not.toContain('hemmelig');
    // The event store by mistake: refused by name, and left as it was.
    const events = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-copy-keys-')), 'events.sqlite');
    await SqliteEventStore.open(events).close();
    const untouched = readFileSync(events);
    const mistaken = await runCli(['copy-keys', '--from', events, '--to', database.url], process.env);
    expect(mistaken.status).toBe(1);
    expect(mistaken.stderr).toContain('is not a key file');
    expect(readFileSync(events).equals(untouched)).toBe(true);
  });
});
