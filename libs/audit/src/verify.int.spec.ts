/**
 * The hash chain against a real SQLite store file, tampered with directly (better-sqlite3, bypassing the adapter),
 * one kind of break at a time on a fresh store each.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainHash, eventHash, type NewEvent } from '@ledelsesrum/event-store';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { checkChainHead, verifyStore, type ChainHead, type VerifyResult } from './index';

const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-verify-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const STREAMS = ['organisation', 'cycle-a', 'cycle-b'];
let fileCount = 0;

const events = (stream: string, from: number, count: number): NewEvent[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${stream}-${from + index}`,
    type: 'Happened',
    data: { stream, n: from + index, text: 'Ærø' },
    metadata: { actor: { personId: 'p-1', role: 'chefgruppen' } },
  }));

/**
 * 30 events in five rounds of three appends of two events each: in round k (from 0) positions 6k+1, 6k+2 are
 * organisation revisions 2k, 2k+1; 6k+3, 6k+4 cycle-a; 6k+5, 6k+6 cycle-b.
 */
async function storeFile(): Promise<string> {
  const file = join(folder, `events-${(fileCount += 1)}.sqlite`);
  const store = SqliteEventStore.open(file);
  const next = new Map<string, number>();
  for (let round = 0; round < 5; round++) {
    for (const stream of STREAMS) {
      const from = next.get(stream) ?? 0;
      await store.appendToStream(stream, events(stream, from, 2), { expectedRevision: from - 1 });
      next.set(stream, from + 2);
    }
  }
  await store.close();
  return file;
}

/** A raw connection to the file, as someone with access to the disk would have. */
function tamper(file: string, change: (db: Database.Database) => void): void {
  const db = new Database(file);
  try {
    change(db);
  } finally {
    db.close();
  }
}

interface Row {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
  hash: string;
  chain_hash: string;
}
const rowAt = (db: Database.Database, position: number): Row =>
  db.prepare<[number], Row>('SELECT * FROM events WHERE position = ?').get(position)!;

async function verifyFile(file: string, head?: ChainHead): Promise<VerifyResult> {
  const store = SqliteEventStore.open(file);
  try {
    return await verifyStore(store, { pageSize: 7, ...(head && { head }) });
  } finally {
    await store.close();
  }
}

async function headOf(file: string): Promise<ChainHead> {
  const result = await verifyFile(file);
  if (!result.intact || result.head === null) throw new Error('expected an intact, non-empty store');
  return result.head;
}

describe('verifying the hash chain of a SQLite store', () => {
  it('finds an untouched store intact, with its counts and head', async () => {
    const file = await storeFile();
    const progress: [number, number | undefined][] = [];
    const store = SqliteEventStore.open(file);
    const result = await verifyStore(store, { pageSize: 7, onProgress: (done, total) => progress.push([done, total]) });
    const last = (await store.readAll()).at(-1)!;
    await store.close();

    expect(result).toEqual({
      intact: true,
      events: 30,
      streams: 3,
      head: { position: 30, chainHash: last.chainHash, recordedAt: last.recordedAt },
    });
    expect(progress.at(-1)).toEqual([30, 30]);
    expect(progress.map(([done]) => done)).toEqual([7, 14, 21, 28, 30]);
  });

  it('finds an empty store intact, with no head', async () => {
    const store = SqliteEventStore.open(join(folder, 'empty.sqlite'));
    await expect(verifyStore(store)).resolves.toEqual({ intact: true, events: 0, streams: 0, head: null });
    await store.close();
  });

  it('changed: an event whose data was edited', async () => {
    const file = await storeFile();
    tamper(file, (db) => db.prepare('UPDATE events SET data = ? WHERE position = 11').run('{"forged":true}'));
    const result = await verifyFile(file);
    expect(result).toMatchObject({ intact: false, events: 10 });
    expect(!result.intact && result.break).toMatchObject({
      kind: 'changed',
      streamId: 'cycle-b',
      revision: 2,
      position: 11,
    });
  });

  it('changed: an event whose data and hash were both replaced', async () => {
    const file = await storeFile();
    tamper(file, (db) => {
      const row = rowAt(db, 11);
      const before = rowAt(db, 5); // cycle-b revision 1
      const forged = { ...row, data: '{"forged":true}' };
      const hash = eventHash(
        {
          id: forged.id,
          streamId: forged.stream_id,
          revision: forged.revision,
          type: forged.type,
          data: { forged: true },
          metadata: JSON.parse(forged.metadata),
          recordedAt: forged.recorded_at,
        },
        before.hash,
      );
      db.prepare('UPDATE events SET data = ?, hash = ? WHERE position = 11').run(forged.data, hash);
    });
    const result = await verifyFile(file);
    expect(!result.intact && result.break).toMatchObject({ kind: 'changed', streamId: 'cycle-b', revision: 2 });
  });

  it('deleted: a row taken out of the middle', async () => {
    const file = await storeFile();
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE position = 13').run()); // organisation revision 4
    const result = await verifyFile(file);
    expect(result).toMatchObject({ intact: false, events: 12 });
    expect(!result.intact && result.break).toMatchObject({
      kind: 'deleted',
      streamId: 'organisation',
      revision: 4,
      position: 13,
    });
  });

  it('deleted: the newest row taken out, and the system appending again after it', async () => {
    const file = await storeFile();
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE position = 30').run()); // cycle-b revision 9
    const store = SqliteEventStore.open(file);
    await store.appendToStream('organisation', events('organisation', 10, 1), { expectedRevision: 9 });
    await store.close();
    const result = await verifyFile(file);
    expect(result).toMatchObject({ intact: false, events: 29 });
    expect(!result.intact && result.break).toMatchObject({ kind: 'deleted', position: 30 });
  });

  it('deleted: a row taken out and the rows after it moved up to close the gap', async () => {
    const file = await storeFile();
    tamper(file, (db) => {
      db.prepare('DELETE FROM events WHERE position = 13').run();
      for (let position = 14; position <= 30; position++) {
        db.prepare('UPDATE events SET position = ? WHERE position = ?').run(position - 1, position);
      }
    });
    const result = await verifyFile(file);
    expect(!result.intact && result.break).toMatchObject({
      kind: 'deleted',
      streamId: 'organisation',
      revision: 4,
      position: 13,
    });
  });

  it('inserted: a forged row at the end with made-up hashes', async () => {
    const file = await storeFile();
    tamper(file, (db) => {
      const last = rowAt(db, 30);
      db.prepare(
        `INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash)
         VALUES ('forged', 'cycle-a', 10, 'Happened', '{"n":10}', '{}', ?, ?, ?)`,
      ).run(last.recorded_at, last.hash, last.chain_hash);
    });
    const result = await verifyFile(file);
    expect(result).toMatchObject({ intact: false, events: 30 });
    expect(!result.intact && result.break).toMatchObject({
      kind: 'inserted',
      streamId: 'cycle-a',
      revision: 10,
      position: 31,
    });
  });

  it('inserted: a forged row with a correctly computed event hash but no place in the chain', async () => {
    const file = await storeFile();
    tamper(file, (db) => {
      const previous = db.prepare<[], Row>("SELECT * FROM events WHERE stream_id = 'cycle-a' AND revision = 9").get()!;
      const content = {
        id: 'forged',
        streamId: 'cycle-a',
        revision: 10,
        type: 'Happened',
        data: { n: 10 },
        metadata: {},
        recordedAt: previous.recorded_at,
      };
      db.prepare(
        `INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash)
         VALUES ('forged', 'cycle-a', 10, 'Happened', '{"n":10}', '{}', ?, ?, ?)`,
      ).run(content.recordedAt, eventHash(content, previous.hash), previous.chain_hash);
    });
    const result = await verifyFile(file);
    expect(!result.intact && result.break).toMatchObject({ kind: 'inserted', streamId: 'cycle-a', revision: 10 });
  });

  it('reordered: two events of different streams that swapped positions', async () => {
    const file = await storeFile();
    tamper(file, (db) => {
      db.prepare('UPDATE events SET position = -1 WHERE position = 9').run(); // cycle-a revision 2
      db.prepare('UPDATE events SET position = 9 WHERE position = 20').run(); // organisation revision 7
      db.prepare('UPDATE events SET position = 20 WHERE position = -1').run();
    });
    const result = await verifyFile(file);
    expect(result).toMatchObject({ intact: false, events: 8 });
    expect(!result.intact && result.break).toMatchObject({
      kind: 'reordered',
      streamId: 'organisation',
      revision: 7,
      position: 9,
    });
    expect(!result.intact && result.break.finding).toStrictEqual({
      id: 'event-belongs-elsewhere',
      params: { position: 20, streamId: 'cycle-a', revision: 2, slot: 9 },
    });
  });

  it('reordered: two neighbouring events of one stream that swapped positions', async () => {
    const file = await storeFile();
    tamper(file, (db) => {
      db.prepare('UPDATE events SET position = -1 WHERE position = 9').run(); // cycle-a revision 2
      db.prepare('UPDATE events SET position = 9 WHERE position = 10').run(); // cycle-a revision 3
      db.prepare('UPDATE events SET position = 10 WHERE position = -1').run();
    });
    const result = await verifyFile(file);
    expect(!result.intact && result.break).toMatchObject({
      kind: 'reordered',
      streamId: 'cycle-a',
      revision: 3,
      position: 9,
    });
  });

  it('reordered: two events of one stream that swapped revisions', async () => {
    const file = await storeFile();
    tamper(file, (db) => {
      db.prepare("UPDATE events SET revision = -1 WHERE stream_id = 'cycle-b' AND revision = 4").run(); // position 17
      db.prepare("UPDATE events SET revision = 4 WHERE stream_id = 'cycle-b' AND revision = 7").run(); // position 24
      db.prepare("UPDATE events SET revision = 7 WHERE stream_id = 'cycle-b' AND revision = -1").run();
    });
    const result = await verifyFile(file);
    expect(!result.intact && result.break).toMatchObject({
      kind: 'reordered',
      streamId: 'cycle-b',
      revision: 7,
      position: 17,
    });
  });
});

describe('a chain head kept outside the system', () => {
  it('still holds after later appends', async () => {
    const file = await storeFile();
    const head = await headOf(file);
    const store = SqliteEventStore.open(file);
    await store.appendToStream('cycle-c', events('cycle-c', 0, 3), { expectedRevision: 'no_stream' });
    await expect(checkChainHead(store, head)).resolves.toEqual({ holds: true });
    await store.close();
    const result = await verifyFile(file, head);
    expect(result).toMatchObject({ intact: true, events: 33, headCheck: { holds: true } });
  });

  it('fails once an event before it was tampered with', async () => {
    const file = await storeFile();
    const head = await headOf(file);
    tamper(file, (db) => db.prepare('UPDATE events SET metadata = ? WHERE position = 3').run('{}'));
    const store = SqliteEventStore.open(file);
    await expect(checkChainHead(store, head)).resolves.toMatchObject({ holds: false, reason: 'broken' });
    await store.close();
  });

  it('fails when the events up to it were forged and every hash after them recomputed', async () => {
    const file = await storeFile();
    const head = await headOf(file);
    tamper(file, (db) => {
      db.prepare('UPDATE events SET data = ? WHERE position = 3').run('{"forged":true}');
      rechain(db);
    });
    // The chain is consistent again, so only the head kept outside shows what happened.
    const result = await verifyFile(file, head);
    expect(result).toMatchObject({ intact: true, headCheck: { holds: false, reason: 'different' } });
  });

  it('fails when its own event is gone', async () => {
    const file = await storeFile();
    const head = await headOf(file);
    tamper(file, (db) => db.prepare('DELETE FROM events WHERE position = 30').run());
    const store = SqliteEventStore.open(file);
    await expect(checkChainHead(store, head)).resolves.toMatchObject({ holds: false, reason: 'missing' });
    await store.close();
  });
});

describe('a large store', () => {
  it('verifies 100 000 events with memory bounded by its streams', async () => {
    const file = join(folder, 'large.sqlite');
    const store = SqliteEventStore.open(file);
    const streams = 1000;
    const perAppend = 100;
    for (let append = 0; append < 100_000 / perAppend; append++) {
      const stream = `cycle-${append % streams}`;
      const from = Math.floor(append / streams) * perAppend;
      await store.appendToStream(stream, events(stream, from, perAppend), { expectedRevision: from - 1 });
    }
    const started = performance.now();
    const result = await verifyStore(store);
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    expect(result).toMatchObject({ intact: true, events: 100_000, streams });
    process.stdout.write(`verified 100 000 events in ${seconds.toFixed(2)} s\n`);
  }, 120_000);
});

/** What a forger who knows the algorithm does after editing: recompute every hash, so the chain is consistent again. */
function rechain(db: Database.Database): void {
  const rows = db.prepare<[], Row>('SELECT * FROM events ORDER BY position').all();
  const last = new Map<string, string>();
  let previous: string | null = null;
  for (const row of rows) {
    const hash = eventHash(
      {
        id: row.id,
        streamId: row.stream_id,
        revision: row.revision,
        type: row.type,
        data: JSON.parse(row.data),
        metadata: JSON.parse(row.metadata),
        recordedAt: row.recorded_at,
      },
      last.get(row.stream_id) ?? null,
    );
    previous = chainHash(row.position, hash, previous);
    last.set(row.stream_id, hash);
    db.prepare('UPDATE events SET hash = ?, chain_hash = ? WHERE position = ?').run(hash, previous, row.position);
  }
}
