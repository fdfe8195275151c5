import { resolve } from 'node:path';

/**
 * Which event store the processes open: `sqlite` (the default, a file under the data folder), `postgres` or
 * `eventstoredb` (EventStoreDB or KurrentDB). A bad setting is refused here, so a process fails at start rather than at
 * its first append.
 */
export interface EventStoreSettings {
  readonly kind: 'sqlite' | 'postgres' | 'eventstoredb';
  /**
   * SQLite: a file path or file: URL. PostgreSQL: a postgres:// URL. EventStoreDB: an esdb:// (or kurrentdb://)
   * connection string. The last two may hold a password: log `describeEventStoreUrl(url)`.
   */
  readonly url: string;
}

/** An EventStoreDB / KurrentDB connection string: one host or several (a cluster), credentials and settings optional. */
const EVENTSTOREDB_URL = /^(esdb|kurrentdb)(\+discover)?:\/\/([^@/?#\s]*@)?[^@/?#\s:,]+/i;

export function isEventStoreDbUrl(raw: string): boolean {
  return EVENTSTOREDB_URL.test(raw);
}

/** EVENT_STORE and EVENT_STORE_URL. A server store needs EVENT_STORE_URL; an invalid one is refused without echoing it. */
export function loadEventStoreConfig(env: NodeJS.ProcessEnv, dataDir: string): EventStoreSettings {
  const kind = (env['EVENT_STORE'] ?? '').trim() || 'sqlite';
  const url = env['EVENT_STORE_URL']?.trim() || undefined;
  switch (kind) {
    case 'sqlite':
      return { kind, url: url ?? resolve(dataDir, 'events.sqlite') };
    case 'postgres':
      if (url === undefined)
        throw new Error(`EVENT_STORE=postgres kræver / needs EVENT_STORE_URL, e.g. ${POSTGRES_EXAMPLE}`);
      return { kind, url: checkedPostgresUrl(url, 'EVENT_STORE_URL') };
    case 'eventstoredb':
      return { kind, url: checkedEventStoreDbUrl(url) };
    default:
      throw new Error(
        `EVENT_STORE=${kind} kendes ikke; brug sqlite, postgres eller eventstoredb / ` +
          'is unknown; use sqlite (the default), postgres or eventstoredb.',
      );
  }
}

const POSTGRES_EXAMPLE = 'postgres://bruger:adgangskode@vært:5432/database (user:password@host:5432/database)';

/** A postgres:// URL with a host, named by `variable` in the refusal, which never repeats the value (it may hold a password). */
export function checkedPostgresUrl(raw: string, variable: string): string {
  const example = POSTGRES_EXAMPLE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The value is not repeated: it may well hold a password.
    throw new Error(`${variable} er ikke en gyldig URL / is not a valid URL; expected ${example}`);
  }
  if ((url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || url.hostname === '') {
    throw new Error(
      `${variable} skal være en postgres://-URL med en vært / must be a postgres:// URL with a host, ` +
        `got ${describeEventStoreUrl(raw)}; expected ${example}`,
    );
  }
  return raw;
}

function checkedEventStoreDbUrl(raw: string | undefined): string {
  const example = 'esdb://bruger:adgangskode@vært:2113?tls=true (user:password@host:2113), or esdb+discover://…';
  if (raw === undefined) {
    throw new Error(`EVENT_STORE=eventstoredb kræver / needs EVENT_STORE_URL, e.g. ${example}`);
  }
  if (!isEventStoreDbUrl(raw)) {
    throw new Error(
      `EVENT_STORE_URL skal være en esdb://-forbindelsesstreng / must be an esdb:// connection string, ` +
        `got ${describeEventStoreUrl(raw)}; expected ${example}`,
    );
  }
  return raw;
}

/**
 * The URL with any password replaced by `***`, for logs and error messages; a file path is returned as it is. An
 * EventStoreDB cluster string (several hosts) is no URL to Node, so its password is masked by pattern.
 */
export function describeEventStoreUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    const masked = raw
      .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@')
      .replace(/([?&](?:ssl)?password=)[^&#]*/gi, '$1***');
    return masked === raw && raw.includes('@') ? '(skjult / hidden)' : masked;
  }
  if (url.password !== '') url.password = '***';
  // libpq and node-postgres also take the password as a query parameter.
  for (const name of ['password', 'sslpassword']) if (url.searchParams.has(name)) url.searchParams.set(name, '***');
  return url.href;
}
