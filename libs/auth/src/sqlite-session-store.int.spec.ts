import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSessionStore } from './open-session-store';
import { SqliteSessionStore } from './sqlite-session-store';
import { describeSessionStoreConformance } from './testing/session-store-conformance';

let file = '';
describeSessionStoreConformance('SqliteSessionStore (a real SQLite file)', {
  async open() {
    file = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-sessions-')), 'sessions.sqlite');
    return new SqliteSessionStore(file);
  },
  async openAnother() {
    return new SqliteSessionStore(file);
  },
});

describe('openSessionStore with a SQLite file', () => {
  it('creates the file and deletes the sessions that expired while nothing was running', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-sessions-')), 'data', 'sessions.sqlite');
    const first = await openSessionStore({ kind: 'sqlite', file: path });
    const session = { personId: 'p-1', roles: [], name: undefined, csrf: 'c', recheck: undefined };
    await first.add(Buffer.from('expired'), { ...session, createdAt: new Date(0), expiresAt: new Date(1000) });
    await first.add(Buffer.from('live'), {
      ...session,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 60_000),
    });
    await first.close();

    const reopened = await openSessionStore({ kind: 'sqlite', file: path });
    await reopened.close();

    const db = new Database(path, { readonly: true });
    const keys = db.prepare('SELECT id_hash FROM web_sessions').pluck().all() as Buffer[];
    db.close();
    expect(keys.map((key) => key.toString())).toEqual(['live']);
  });
});
