import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { runCli, type CliRun } from '../support/cli';

jest.setTimeout(180_000);

/** The environment without a store URL of the developer's: DATA_DIR alone then says where the store is. */
const { EVENT_STORE_URL: _storeUrl, ...environment } = process.env;

/** The built CLI in its own process, reading the store in `dataDir` directly (no API, no token). */
const cli = (dataDir: string, ...args: string[]): Promise<CliRun> =>
  runCli(args, { ...environment, DATA_DIR: dataDir });

/** The running system's store, copied whole (`VACUUM INTO`) into a data folder of its own. */
function copyOfStore(from: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-verify-copy-'));
  const db = new Database(join(from, 'events.sqlite'), { readonly: true });
  try {
    db.prepare('VACUUM INTO ?').run(join(dataDir, 'events.sqlite'));
  } finally {
    db.close();
  }
  return dataDir;
}

describe('verifying the hash chain of a running system’s store', () => {
  let system: SystemUnderTest;
  let storeDir: string;
  let stored: { events: number; streams: number; head: { position: number; chainHash: string } };

  beforeAll(async () => {
    system = await startSystem();
    const call = apiClient(system.baseUrl);
    const org = organisationFixture(2, 2);
    const chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: org });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
    await cycleAtStage(system, call, org.groups, 'completed');
    // The API's own check, while the system runs.
    const verified = await call('GET', '/audit/verify', { token: await system.token('revisor-1', 'auditor') });
    expect(verified).toMatchObject({ status: 200, body: { intact: true } });
    expect(verified.body.head.chainHash).toMatch(/^[0-9a-f]{64}$/);
    // Stopped, so that the store holds still while it is copied and tampered with.
    await system.stop();
    storeDir = copyOfStore(system.dataDir);
    const db = new Database(join(storeDir, 'events.sqlite'), { readonly: true });
    const counts = db
      .prepare<[], { events: number; streams: number }>(
        'SELECT COUNT(*) AS events, COUNT(DISTINCT stream_id) AS streams FROM events',
      )
      .get()!;
    const head = db
      .prepare<[], { position: number; chainHash: string }>(
        'SELECT position, chain_hash AS chainHash FROM events ORDER BY position DESC LIMIT 1',
      )
      .get()!;
    db.close();
    stored = { ...counts, head };
  });
  afterAll(async () => system?.stop());

  it('finds the store after a whole cycle intact: exit 0, with its counts and head', async () => {
    const run = await cli(storeDir, 'verify');
    expect(run.status).toBe(0);
    const { events, streams, head } = stored;
    expect(run.stdout).toBe(
      `Intakt / Intact: ${events} hændelser i ${streams} forløb / ${events} events in ${streams} streams; ` +
        `hoved / head: position ${head.position}, ${head.chainHash}\n`,
    );
    expect(events).toBeGreaterThan(10);
  });

  it('exports the head, and the head still holds after later appends', async () => {
    const dataDir = copyOfStore(storeDir);
    const headFile = join(dataDir, 'head.json');
    const exported = await cli(dataDir, 'verify', '--head-out', headFile);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain(`Head written to ${headFile}`);
    const head = JSON.parse(readFileSync(headFile, 'utf8'));
    expect(head).toEqual({ ...stored.head, recordedAt: expect.any(String) });

    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    await store.appendToStream('later', [{ id: 'later-1', type: 'Later', data: {} }], {
      expectedRevision: 'no_stream',
    });
    await store.close();

    const checked = await cli(dataDir, 'verify', '--head', headFile);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain(`Intakt / Intact: ${stored.events + 1} hændelser`);
    expect(checked.stdout).toContain(`Hovedet holder / The head holds: position ${head.position}, ${head.chainHash}`);
  });

  it('names a changed event with exit 1, and an earlier head no longer holds', async () => {
    const dataDir = copyOfStore(storeDir);
    const headFile = join(dataDir, 'head.json');
    expect((await cli(dataDir, 'verify', '--head-out', headFile)).status).toBe(0);
    const db = new Database(join(dataDir, 'events.sqlite'));
    const target = db
      .prepare<[], { stream_id: string; revision: number }>('SELECT stream_id, revision FROM events WHERE position = 3')
      .get()!;
    db.prepare('UPDATE events SET data = ? WHERE position = 3').run('{"rewritten":true}');
    db.close();

    const run = await cli(dataDir, 'verify', '--head', headFile);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `Brudt / Broken: ændret / changed: forløb / stream ${target.stream_id}, revision ${target.revision}, position 3`,
    );
    expect(run.stdout).toContain(
      '\n  Indholdet passer ikke til hændelsens hash / The content does not match the event’s hash',
    );
    expect(run.stdout).toContain('Hovedet holder ikke længere / The head no longer holds');
    expect(run.stdout).toMatch(
      /\n {2}Kontrolkæden er brudt på position 3, før hovedet på \d+ \/ The chain is broken at position 3, before/,
    );
  });

  it('names a deleted event with exit 1', async () => {
    const dataDir = copyOfStore(storeDir);
    const db = new Database(join(dataDir, 'events.sqlite'));
    const target = db
      .prepare<[], { stream_id: string; revision: number }>('SELECT stream_id, revision FROM events WHERE position = 2')
      .get()!;
    db.prepare('DELETE FROM events WHERE position = 2').run();
    db.close();

    const run = await cli(dataDir, 'verify');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `Brudt / Broken: slettet / deleted: forløb / stream ${target.stream_id}, revision ${target.revision}, position 2`,
    );
    expect(run.stdout).toContain('\n  Position 2 mangler / is missing');
  });

  it('refuses to be called wrongly with exit 2, and a missing store or head file', async () => {
    const usage = await cli(storeDir, 'verify', '--everything');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Unknown: --everything');

    const notAHead = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-verify-head-')), 'head.json');
    writeFileSync(notAHead, '{"position": 1}');
    expect((await cli(storeDir, 'verify', '--head', notAHead)).status).toBe(2);

    const empty = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-verify-none-')), 'nothing-here');
    mkdirSync(empty);
    const missing = await cli(empty, 'verify');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('No event store');
  });
});
