import type Database from 'better-sqlite3';
import { chainHash, eventHash } from '@ledelsesrum/event-store';
import type { EventRow } from './sqlite-schema';

/** Rows are hashed in pages, so a large store does not have to fit in memory while it is migrated. */
const PAGE_SIZE = 1000;

/** A row as a store from before the hash chain has it. */
type UnhashedRow = Omit<EventRow, 'hash' | 'chain_hash'>;

const hasHashColumns = (db: Database.Database): boolean =>
  (db.pragma('table_info(events)') as { name: string }[]).some((column) => column.name === 'chain_hash');

/**
 * Brings a store file written before the hash chain up to date: adds `hash` and `chain_hash` and computes them for
 * every event in position order, all in one transaction under the write lock, so another process opening the same
 * file either waits and then finds the work done, or sees the file as it was. A file that has the columns is left as
 * it is (cheaply: the check runs before taking the lock).
 */
export function migrateHashColumns(db: Database.Database): void {
  if (hasHashColumns(db)) return;
  db.transaction(() => {
    if (hasHashColumns(db)) return;
    db.exec(`ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT '';
             ALTER TABLE events ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';`);
    const page = db.prepare<[number, number], UnhashedRow>(
      `SELECT position, id, stream_id, revision, type, data, metadata, recorded_at
         FROM events WHERE position > ? ORDER BY position LIMIT ?`,
    );
    const update = db.prepare<[string, string, number]>(
      'UPDATE events SET hash = ?, chain_hash = ? WHERE position = ?',
    );
    const lastHashOfStream = new Map<string, string>();
    let previousChainHash: string | null = null;
    let after = 0;
    for (let rows = page.all(after, PAGE_SIZE); rows.length > 0; rows = page.all(after, PAGE_SIZE)) {
      for (const row of rows) {
        const hash = eventHash(
          {
            id: row.id,
            streamId: row.stream_id,
            revision: row.revision,
            type: row.type,
            data: JSON.parse(row.data) as unknown,
            metadata: JSON.parse(row.metadata) as unknown,
            recordedAt: row.recorded_at,
          },
          lastHashOfStream.get(row.stream_id) ?? null,
        );
        const linked = chainHash(row.position, hash, previousChainHash);
        update.run(hash, linked, row.position);
        lastHashOfStream.set(row.stream_id, hash);
        previousChainHash = linked;
        after = row.position;
      }
    }
  }).immediate();
}
