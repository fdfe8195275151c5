import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { PersonKeyStore } from './person-key-store';

/** Keys in their own SQLite file, separate from the event store, so backups and erasure can treat them apart. */
export class SqlitePersonKeyStore implements PersonKeyStore {
  private readonly db: Database.Database;

  constructor(filePath: string) {
    mkdirSync(dirname(filePath), { recursive: true });
    this.db = new Database(filePath);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS person_keys (person_id TEXT PRIMARY KEY, key BLOB NOT NULL)');
  }

  async get(personId: string): Promise<Buffer | undefined> {
    const row = this.db.prepare('SELECT key FROM person_keys WHERE person_id = ?').get(personId) as
      { key: Buffer } | undefined;
    return row?.key;
  }

  async getOrCreate(personId: string): Promise<Buffer> {
    // INSERT OR IGNORE keeps the first key when two processes create one for the same person at once.
    this.db.prepare('INSERT OR IGNORE INTO person_keys (person_id, key) VALUES (?, ?)').run(personId, randomBytes(32));
    return (await this.get(personId)) as Buffer;
  }

  async destroy(personId: string): Promise<void> {
    this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(personId);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
