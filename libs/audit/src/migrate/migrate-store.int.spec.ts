import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CopyMismatchError, type NewEvent } from '@ledelsesrum/event-store';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { migrateStore, MigrateTargetError } from './migrate-store';

const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-migrate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const file = () => join(folder, `store-${++files}.sqlite`);

/** A store of `count` events over a few streams, appended in batches as the workflows and the API do. */
async function filledSqliteStore(path: string, count: number, batch = 100): Promise<SqliteEventStore> {
  const store = SqliteEventStore.open(path);
  for (let first = 0; first < count; first += batch) {
    const events: NewEvent[] = Array.from({ length: Math.min(batch, count - first) }, (_, i) => ({
      id: `e-${first + i}`,
      type: 'MeetingRecorded',
      data: { n: first + i, keyPoints: [`Punkt ${first + i}: trivsel og "fælles" ansvar, Ærø`] },
      metadata: { actorId: `p-${(first + i) % 7}`, requestId: `r-${first}` },
    }));
    await store.appendToStream(first % 3 === 0 ? 'organisation' : `cycle-c-${first % 5}`, events, {
      expectedRevision: 'any',
    });
  }
  return store;
}

describe('migrateStore (SQLite to SQLite)', () => {
  it('copies every event with its id, position, time, metadata and hashes, and the target verifies intact', async () => {
    const source = await filledSqliteStore(file(), 1_050);
    const target = SqliteEventStore.open(file());
    const progress: number[] = [];
    const result = await migrateStore(source, target, { pageSize: 200, onProgress: (copied) => progress.push(copied) });
    expect(result).toMatchObject({ alreadyThere: 0, copied: 1_050, verification: { intact: true, events: 1_050 } });
    expect(await target.readAll()).toEqual(await source.readAll());
    expect(progress).toEqual([0, 200, 400, 600, 800, 1_000, 1_050]);
    await Promise.all([source.close(), target.close()]);
  });

  it('goes on after an interruption from where it stopped, copying nothing twice', async () => {
    const source = await filledSqliteStore(file(), 1_000);
    const target = SqliteEventStore.open(file());
    const stop = new AbortController();
    const interrupted = migrateStore(source, target, {
      pageSize: 150,
      onProgress: (copied) => copied >= 450 && stop.abort(),
      signal: stop.signal,
    });
    await expect(interrupted).rejects.toThrow();
    expect(await target.headPosition()).toBe(450);

    const resumed = await migrateStore(source, target, { pageSize: 150 });
    expect(resumed).toMatchObject({ alreadyThere: 450, copied: 550, verification: { intact: true, events: 1_000 } });
    expect(await target.readAll()).toEqual(await source.readAll());
    // Run once more: everything is there already, and nothing is added.
    expect(await migrateStore(source, target)).toMatchObject({ alreadyThere: 1_000, copied: 0 });
    await Promise.all([source.close(), target.close()]);
  });

  it('refuses a target that holds other events, or more than the source', async () => {
    const source = await filledSqliteStore(file(), 300);
    const other = await filledSqliteStore(file(), 10);
    await other.appendToStream('cycle-x', [{ id: 'x-1', type: 'Other', data: {} }], { expectedRevision: 'any' });
    await expect(migrateStore(source, other)).rejects.toThrow(MigrateTargetError);
    const bigger = await filledSqliteStore(file(), 400);
    await expect(migrateStore(source, bigger)).rejects.toThrow(/flere hændelser \(400\) end kilden \(300\)/);
    expect(await other.headPosition()).toBe(11);
    await Promise.all([source.close(), other.close(), bigger.close()]);
  });

  it('stops at an event whose content no longer matches its hash, keeping nothing of that page', async () => {
    const sourceFile = file();
    await (await filledSqliteStore(sourceFile, 500)).close();
    const raw = new Database(sourceFile);
    raw.prepare(`UPDATE events SET data = json_set(data, '$.n', -1) WHERE position = 321`).run();
    raw.close();
    const source = SqliteEventStore.open(sourceFile);
    const target = SqliteEventStore.open(file());
    await expect(migrateStore(source, target, { pageSize: 100 })).rejects.toThrow(CopyMismatchError);
    expect(await target.headPosition()).toBe(300);
    await Promise.all([source.close(), target.close()]);
  });
});
