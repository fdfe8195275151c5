/**
 * A database of its own for one test file, on the server the Jest global setup started (or POSTGRES_TEST_URL names),
 * so that files running in parallel never see each other's events. Test-only: not exported from the library.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** postgres:// URL of the fresh database. */
  readonly url: string;
  /** Drops the database (closing what still connects to it). */
  drop(): Promise<void>;
}

/**
 * The server to test against. Throws — so the PostgreSQL tests fail, never skip — with the reason global setup left
 * (how to install PostgreSQL) when there is none.
 */
export function postgresTestUrl(): string {
  const url = process.env['POSTGRES_TEST_URL'];
  if (url) return url;
  throw new Error(
    process.env['POSTGRES_TEST_UNAVAILABLE'] ??
      'POSTGRES_TEST_URL er ikke sat / is not set: run the tests through jest (its global setup starts PostgreSQL), ' +
        'not with --selectProjects unit, or set POSTGRES_TEST_URL=postgres://user@host:port/db',
  );
}

/** Creates a database with a random name on the test server. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const server = new URL(postgresTestUrl());
  const name = `${label.replace(/[^a-z0-9_]/g, '_')}_${randomBytes(6).toString('hex')}`;
  await withAdmin(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      await withAdmin(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin(server: URL, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: server.href });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
