import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainHash, eventHash, type RecordedEvent } from '@ledelsesrum/event-store';
import { SqliteEventStore } from './sqlite-event-store';

/** The table as versions before the hash chain created it. */
const SCHEMA_WITHOUT_HASHES = `
  CREATE TABLE events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT    NOT NULL UNIQUE,
    stream_id   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  );`;

const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-hash-migration-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** An old store file: 2 500 events over three streams, interleaved, some with metadata and `null` data. */
function oldStoreFile(name: string): string {
  const file = join(folder, name);
  const db = new Database(file);
  db.exec(SCHEMA_WITHOUT_HASHES);
  const insert = db.prepare(
    'INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const revisions = new Map<string, number>();
  db.transaction(() => {
    for (let index = 0; index < 2500; index++) {
      const stream = ['organisation', 'cycle-a', 'cycle-b'][index % 3]!;
      const revision = revisions.get(stream) ?? 0;
      revisions.set(stream, revision + 1);
      const data = index % 7 === 0 ? 'null' : JSON.stringify({ index, by: 'Ærø' });
      const metadata = index % 2 === 0 ? '{}' : JSON.stringify({ actor: { id: `p-${index}`, role: 'chefgruppen' } });
      insert.run(
        `e-${index}`,
        stream,
        revision,
        'Old',
        data,
        metadata,
        new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      );
    }
  })();
  db.close();
  return file;
}

function expectIntactChain(all: readonly RecordedEvent[]): void {
  const last = new Map<string, string>();
  let previous: string | null = null;
  for (const event of all) {
    expect(event.hash).toBe(eventHash(event, last.get(event.streamId) ?? null));
    expect(event.chainHash).toBe(chainHash(event.position, event.hash, previous));
    last.set(event.streamId, event.hash);
    previous = event.chainHash;
  }
}

describe('a store file from before the hash chain', () => {
  it('gets its hash columns and every event its hashes on open, its content unchanged', async () => {
    const file = oldStoreFile('old.sqlite');
    const raw = new Database(file, { readonly: true });
    const before = raw.prepare('SELECT * FROM events ORDER BY position').all();
    raw.close();

    const store = SqliteEventStore.open(file);
    try {
      const all = await store.readAll();
      expect(all).toHaveLength(2500);
      expectIntactChain(all);
      expect(all.map(({ hash: _h, chainHash: _c, ...rest }) => rest)).toEqual(
        (before as Record<string, string | number>[]).map((row) => ({
          id: row.id,
          streamId: row.stream_id,
          type: row.type,
          data: JSON.parse(row.data as string),
          metadata: JSON.parse(row.metadata as string),
          revision: row.revision,
          position: row.position,
          recordedAt: row.recorded_at,
        })),
      );

      // New appends continue both chains.
      await store.appendToStream('cycle-a', [{ id: 'new-1', type: 'New', data: { after: true } }], {
        expectedRevision: 832,
      });
      expectIntactChain(await store.readAll());
    } finally {
      await store.close();
    }
  });

  it('is migrated once: opening it again, from a second connection too, changes nothing', async () => {
    const file = oldStoreFile('twice.sqlite');
    const first = SqliteEventStore.open(file);
    const second = SqliteEventStore.open(file);
    try {
      const migrated = await first.readAll();
      expect(await second.readAll()).toEqual(migrated);
      await first.close();
      const third = SqliteEventStore.open(file);
      expect(await third.readAll()).toEqual(migrated);
      await third.close();
    } finally {
      await first.close();
      await second.close();
    }
  });
});
