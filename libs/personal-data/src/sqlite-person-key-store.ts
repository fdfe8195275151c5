import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { PersonalDataErasedError, type PersonKeyStore, type PersonKeyStoreContents } from './person-key-store';

/** Keys in their own SQLite file, separate from the event store, so backups and erasure can treat them apart. */
export class SqlitePersonKeyStore implements PersonKeyStore {
  private readonly db: Database.Database;

  constructor(filePath: string) {
    mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
    // Created owner-only before SQLite opens it: SQLite gives the -wal and -shm files the database file's mode.
    closeSync(openSync(filePath, 'a', 0o600));
    this.db = new Database(filePath);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // A destroyed key must not linger in free pages of the file.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS person_keys (person_id TEXT PRIMARY KEY, key BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS erased_people (person_id TEXT PRIMARY KEY, erased_at TEXT NOT NULL);
    `);
  }

  async get(personId: string): Promise<Buffer | undefined> {
    const row = this.db.prepare('SELECT key FROM person_keys WHERE person_id = ?').get(personId) as
      { key: Buffer } | undefined;
    return row?.key;
  }

  async getOrCreate(personId: string): Promise<Buffer> {
    const create = this.db.transaction(() => {
      if (this.db.prepare('SELECT 1 FROM erased_people WHERE person_id = ?').get(personId)) {
        throw new PersonalDataErasedError(personId);
      }
      // INSERT OR IGNORE keeps the first key when two processes create one for the same person at once.
      this.db
        .prepare('INSERT OR IGNORE INTO person_keys (person_id, key) VALUES (?, ?)')
        .run(personId, randomBytes(32));
      return (this.db.prepare('SELECT key FROM person_keys WHERE person_id = ?').get(personId) as { key: Buffer }).key;
    });
    return create.immediate();
  }

  async destroy(personId: string): Promise<void> {
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM person_keys WHERE person_id = ?').run(personId);
        this.db
          .prepare('INSERT OR IGNORE INTO erased_people (person_id, erased_at) VALUES (?, ?)')
          .run(personId, new Date().toISOString());
      })
      .immediate();
    // Move the deletion out of the write-ahead log into the (securely overwritten) main file now.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async isErased(personId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM erased_people WHERE person_id = ?').get(personId) !== undefined;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * Every key and erasure of a key file, read without changing it (read-only; the file must exist), for `copy-keys` and
 * the check at start. A file that is no key file (no `person_keys` table) is refused by name.
 */
export function readPersonKeyFile(filePath: string): PersonKeyStoreContents {
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (!tables.includes('person_keys') || !tables.includes('erased_people')) {
      throw new Error(`${filePath} er ikke en nøglefil / is not a key file (no person_keys and erased_people tables)`);
    }
    return {
      keys: db.prepare('SELECT person_id AS personId, key FROM person_keys ORDER BY person_id').all() as {
        personId: string;
        key: Buffer;
      }[],
      erasures: db
        .prepare('SELECT person_id AS personId, erased_at AS erasedAt FROM erased_people ORDER BY person_id')
        .all() as { personId: string; erasedAt: string }[],
    };
  } finally {
    db.close();
  }
}
