import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionRecheck, SessionStore, StoredSession } from './session-store';

interface Row {
  person_id: string;
  roles: string;
  name: string | null;
  csrf: string;
  created_at: number;
  expires_at: number;
  refresh_token: Buffer | null;
  checked_at: number | null;
}

/** The sessions in their own SQLite file under the data folder: API processes on one host share it. Times in ms. */
export class SqliteSessionStore implements SessionStore {
  private readonly db: Database.Database;

  constructor(filePath: string) {
    mkdirSync(dirname(filePath), { recursive: true });
    this.db = new Database(filePath);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // An ended session's refresh token must not linger in free pages of the file.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS web_sessions (
        id_hash BLOB PRIMARY KEY, person_id TEXT NOT NULL, roles TEXT NOT NULL, name TEXT, csrf TEXT NOT NULL,
        created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, refresh_token BLOB, checked_at INTEGER);
      CREATE INDEX IF NOT EXISTS web_sessions_expiry ON web_sessions (expires_at);
    `);
  }

  async add(key: Buffer, session: StoredSession): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO web_sessions (id_hash, person_id, roles, name, csrf, created_at, expires_at, refresh_token, checked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        key,
        session.personId,
        JSON.stringify(session.roles),
        session.name ?? null,
        session.csrf,
        session.createdAt.getTime(),
        session.expiresAt.getTime(),
        session.recheck?.sealedRefreshToken ?? null,
        session.recheck?.checkedAt.getTime() ?? null,
      );
  }

  async find(key: Buffer, now: Date): Promise<StoredSession | undefined> {
    const row = this.db
      .prepare('SELECT * FROM web_sessions WHERE id_hash = ? AND expires_at > ?')
      .get(key, now.getTime()) as Row | undefined;
    return row && sessionOf(row);
  }

  async claimRecheck(key: Buffer, seen: Date, now: Date): Promise<boolean> {
    const { changes } = this.db
      .prepare('UPDATE web_sessions SET checked_at = ? WHERE id_hash = ? AND checked_at = ?')
      .run(now.getTime(), key, seen.getTime());
    return changes === 1;
  }

  async rechecked(
    key: Buffer,
    roles: readonly string[],
    name: string | undefined,
    recheck: SessionRecheck,
  ): Promise<void> {
    this.db
      .prepare('UPDATE web_sessions SET roles = ?, name = ?, refresh_token = ?, checked_at = ? WHERE id_hash = ?')
      .run(JSON.stringify(roles), name ?? null, recheck.sealedRefreshToken, recheck.checkedAt.getTime(), key);
  }

  async releaseRecheck(key: Buffer, claimedAt: Date, seen: Date): Promise<void> {
    this.db
      .prepare('UPDATE web_sessions SET checked_at = ? WHERE id_hash = ? AND checked_at = ?')
      .run(seen.getTime(), key, claimedAt.getTime());
  }

  async remove(key: Buffer): Promise<void> {
    this.db.prepare('DELETE FROM web_sessions WHERE id_hash = ?').run(key);
  }

  async removeExpired(now: Date): Promise<number> {
    return this.db.prepare('DELETE FROM web_sessions WHERE expires_at <= ?').run(now.getTime()).changes;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function sessionOf(row: Row): StoredSession {
  const roles: unknown = JSON.parse(row.roles);
  return {
    personId: row.person_id,
    roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [],
    name: row.name ?? undefined,
    csrf: row.csrf,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    recheck:
      row.refresh_token === null || row.checked_at === null
        ? undefined
        : { sealedRefreshToken: row.refresh_token, checkedAt: new Date(row.checked_at) },
  };
}
