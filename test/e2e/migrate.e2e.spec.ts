import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '@ledelsesrum/event-store';
import { EventStoreDbEventStore } from '@ledelsesrum/event-store-eventstoredb';
import { PostgresEventStore } from '@ledelsesrum/event-store-postgres';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { repoRoot } from '../../infra/repo-root';
import { createTestDatabase, type TestDatabase } from '../../libs/postgres-kit/src/testing/postgres-test-database';
import { startStandInEventStoreDbServer } from '../../libs/event-store-eventstoredb/src/testing/stand-in-eventstoredb-server';
import { runCli } from '../support/cli';
import { until } from '../support/until';

jest.setTimeout(300_000);

const EVENTS = 100_000;
const BATCH = 500;

/** `count` events (100,000 unless told) over 50 cycles and the organisation, appended in batches as the workflows do. */
async function sqliteStoreOf(file: string, count = EVENTS): Promise<void> {
  const store = SqliteEventStore.open(file);
  for (let batch = 0; batch < count / BATCH; batch += 1) {
    const events: NewEvent[] = Array.from({ length: BATCH }, (_, i) => {
      const n = batch * BATCH + i;
      return {
        id: `e-${n}`,
        type: 'MeetingRecorded',
        data: { n, keyPoints: [`Punkt ${n}: trivsel, ærlighed og "fælles" ansvar`] },
        metadata: { actorId: `p-${n % 97}`, requestId: `r-${batch}` },
      };
    });
    await store.appendToStream(batch % 10 === 9 ? 'organisation' : `cycle-c-${batch % 50}`, events, {
      expectedRevision: 'any',
    });
  }
  await store.close();
}

/**
 * `ledelsesrum migrate` in the built CLI, from a SQLite store of 100,000 events to a real PostgreSQL: killed half-way
 * (SIGKILL, nothing to finish), run again, and the target then holds every event once, with the source's ids,
 * positions and hash chain, verified.
 */
describe('migrate: SQLite to PostgreSQL, interrupted and resumed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-migrate-e2e-'));
  const source = join(folder, 'events.sqlite');
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('migrate');
    await sqliteStoreOf(source);
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('copies 100,000 events, resumes after being killed without copying any twice, and verifies the target', async () => {
    const root = repoRoot();
    const first = spawn(
      process.execPath,
      [
        ...['-r', join(root, 'infra', 'register-paths.js'), join(root, 'dist', 'apps', 'cli', 'src', 'main.js')],
        ...['migrate', '--from', source, '--to', database.url],
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => first.once('exit', resolve));
    const watcher = await openTarget();
    await until(async () => (await watcher.headPosition()) >= 20_000, 'the first 20,000 events in PostgreSQL', 120_000);
    first.kill('SIGKILL');
    await exited;
    const copiedBefore = await watcher.headPosition();
    expect(copiedBefore).toBeGreaterThanOrEqual(20_000);
    expect(copiedBefore).toBeLessThan(EVENTS);

    const second = await runCli(['migrate', '--from', source, '--to', database.url], process.env);
    expect(second.stderr).toMatch(/kopieret/);
    expect(second.stdout).toContain(`Kopieret / Copied: ${EVENTS - copiedBefore} hændelser / events`);
    expect(second.stdout).toContain(`(${copiedBefore} var der allerede / were there already)`);
    expect(second.stdout).toContain(`målet er intakt / the target is intact: ${EVENTS} hændelser`);
    expect(second.status).toBe(0);

    // The same chain: the last chain hash covers every event before it, and positions run 1..100,000 without a gap.
    const sqlite = SqliteEventStore.open(source);
    try {
      expect(await watcher.headPosition()).toBe(EVENTS);
      for (const after of [0, copiedBefore - 2, EVENTS - 3]) {
        expect(await watcher.readAll({ afterPosition: after, maxCount: 3 })).toEqual(
          await sqlite.readAll({ afterPosition: after, maxCount: 3 }),
        );
      }
    } finally {
      await Promise.all([sqlite.close(), watcher.close()]);
    }
  });

  it('refuses a target that holds other events, and changes nothing in it (exit 1)', async () => {
    const other = await createTestDatabase('migrate_other');
    const target = await PostgresEventStore.open(other.url);
    try {
      await target.appendToStream('cycle-x', [{ id: 'x-1', type: 'Other', data: {} }], { expectedRevision: 'any' });
      const run = await runCli(['migrate', '--from', source, '--to', other.url], process.env);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Målet indeholder andre hændelser end kilden');
      expect(await target.headPosition()).toBe(1);
    } finally {
      await target.close();
      await other.drop();
    }
  });

  it('copies a store to EventStoreDB and back (server replaced by an in-process gRPC stand-in), intact both ways', async () => {
    // 20,000 events: the stand-in server is JavaScript and far slower than a real one; the pages are as large.
    const count = 20_000;
    const smaller = join(folder, 'smaller.sqlite');
    await sqliteStoreOf(smaller, count);
    const server = await startStandInEventStoreDbServer();
    const back = join(folder, 'back.sqlite');
    try {
      const there = await runCli(['migrate', '--from', smaller, '--to', server.connectionString], process.env);
      expect(there.stdout).toContain(`målet er intakt / the target is intact: ${count} hændelser`);
      expect(there.status).toBe(0);
      const home = await runCli(['migrate', '--from', server.connectionString, '--to', back], process.env);
      expect(home.stdout).toContain(`Kopieret / Copied: ${count} hændelser / events`);
      expect(home.status).toBe(0);

      const [original, esdb, returned] = [
        SqliteEventStore.open(smaller),
        await EventStoreDbEventStore.open(server.connectionString),
        SqliteEventStore.open(back),
      ];
      try {
        for (const after of [0, 12_345, count - 3]) {
          const expected = await original.readAll({ afterPosition: after, maxCount: 3 });
          expect(await esdb.readAll({ afterPosition: after, maxCount: 3 })).toEqual(expected);
          expect(await returned.readAll({ afterPosition: after, maxCount: 3 })).toEqual(expected);
        }
        expect(await esdb.readStream('cycle-c-7', { direction: 'backwards', maxCount: 2 })).toEqual(
          await original.readStream('cycle-c-7', { direction: 'backwards', maxCount: 2 }),
        );
      } finally {
        await Promise.all([original.close(), esdb.close(), returned.close()]);
      }
    } finally {
      await server.close();
    }
  });

  function openTarget(): Promise<PostgresEventStore> {
    return PostgresEventStore.open(database.url);
  }
});
