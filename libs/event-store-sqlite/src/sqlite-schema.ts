import type Database from 'better-sqlite3';
import type { RecordedEvent, StoredId } from '@ledelsesrum/event-store';
import { migrateHashColumns } from './sqlite-hash-migration';

/**
 * One table holds the whole log. `position` is AUTOINCREMENT so a position is never reused, and because every append
 * takes the write lock first (BEGIN IMMEDIATE), positions are handed out in commit order: a reader that has seen
 * position P has seen every position below it. `hash` and `chain_hash` are the tamper-evident chain (../hash-chain).
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT    NOT NULL UNIQUE,
    stream_id   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    chain_hash  TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  );
`;

/** Sets the connection up for several processes sharing one file, then creates the schema if it is missing. */
export function prepareDatabase(db: Database.Database, busyTimeoutMs: number): void {
  // WAL lets readers run while one writer commits; the mode is stored in the file, so every connection gets it.
  db.pragma('journal_mode = WAL');
  // Under WAL, NORMAL only risks losing the last commits on power loss, never corrupting the file.
  db.pragma('synchronous = NORMAL');
  // Another process holding the write lock makes us wait (up to this long) instead of failing with SQLITE_BUSY.
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.exec(SCHEMA);
  // A file from before the hash chain gets its columns, every event its hashes (once, in one transaction).
  migrateHashColumns(db);
}

/** A row of the `events` table as better-sqlite3 returns it. */
export interface EventRow {
  readonly position: number;
  readonly id: string;
  readonly stream_id: string;
  readonly revision: number;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: string;
  readonly hash: string;
  readonly chain_hash: string;
}

const EVENT_COLUMNS = 'position, id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash';

/** Every statement the store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    streamHead: db.prepare<[string], { revision: number; position: number; hash: string }>(
      'SELECT revision, position, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    ),
    // The position AUTOINCREMENT would hand out next (never a used one), and the chain hash to link it to.
    chainEnd: db.prepare<[], { next_position: number; chain_hash: string | null }>(
      `SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0),
                  COALESCE((SELECT MAX(position) FROM events), 0)) + 1 AS next_position,
              (SELECT chain_hash FROM events ORDER BY position DESC LIMIT 1) AS chain_hash`,
    ),
    findIds: db.prepare<[string], StoredId>(
      'SELECT id, stream_id, revision, position FROM events WHERE id IN (SELECT value FROM json_each(?))',
    ),
    insert: db.prepare<[number, string, string, number, string, string, string, string, string, string]>(
      `INSERT INTO events (position, id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    readForwards: db.prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    ),
    readBackwards: db.prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    ),
    readAll: db.prepare<[number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
    ),
    headPosition: db.prepare<[], { position: number }>('SELECT COALESCE(MAX(position), 0) AS position FROM events'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    streamId: row.stream_id,
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    revision: row.revision,
    position: row.position,
    recordedAt: row.recorded_at,
    hash: row.hash,
    chainHash: row.chain_hash,
  };
}
