import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** The record of idempotency keys whose message an SMTP server has accepted. */
export interface SentLog {
  has(idempotencyKey: string): Promise<boolean>;
  add(idempotencyKey: string, messageId: string): Promise<void>;
  close(): void | Promise<void>;
}

/** A {@link SentLog} in one small SQLite table; several senders (and processes) may share the file. */
export class SqliteSentLog implements SentLog {
  private readonly db: Database.Database;
  private readonly hasStatement: Database.Statement<[string], unknown>;
  private readonly addStatement: Database.Statement<[string, string, string], unknown>;

  constructor(file: string) {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
    }
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sent_messages (
        idempotency_key TEXT PRIMARY KEY,
        message_id      TEXT NOT NULL,
        sent_at         TEXT NOT NULL
      )
    `);
    this.hasStatement = this.db.prepare('SELECT 1 FROM sent_messages WHERE idempotency_key = ?');
    this.addStatement = this.db.prepare(
      'INSERT OR IGNORE INTO sent_messages (idempotency_key, message_id, sent_at) VALUES (?, ?, ?)',
    );
  }

  async has(idempotencyKey: string): Promise<boolean> {
    return this.hasStatement.get(idempotencyKey) !== undefined;
  }

  async add(idempotencyKey: string, messageId: string): Promise<void> {
    this.addStatement.run(idempotencyKey, messageId, new Date().toISOString());
  }

  close(): void {
    if (this.db.open) {
      this.db.close();
    }
  }
}
