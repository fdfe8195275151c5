import { resolve } from 'node:path';

/**
 * Which event store the processes open: `sqlite` (the default, a file under the data folder) or `postgres`. The
 * library that opens it (`@ledelsesrum/event-store`) also knows `eventstoredb`, which is refused here until its
 * adapter exists, so a process fails at start rather than at its first append.
 */
export interface EventStoreSettings {
  readonly kind: 'sqlite' | 'postgres';
  /** SQLite: a file path or file: URL. PostgreSQL: a postgres:// URL, which may hold a password: log `describe…`. */
  readonly url: string;
}

/** EVENT_STORE and EVENT_STORE_URL. PostgreSQL needs EVENT_STORE_URL; an invalid one is refused without echoing it. */
export function loadEventStoreConfig(env: NodeJS.ProcessEnv, dataDir: string): EventStoreSettings {
  const kind = (env['EVENT_STORE'] ?? '').trim() || 'sqlite';
  const url = env['EVENT_STORE_URL']?.trim() || undefined;
  switch (kind) {
    case 'sqlite':
      return { kind, url: url ?? resolve(dataDir, 'events.sqlite') };
    case 'postgres':
      return { kind, url: checkedPostgresUrl(url) };
    case 'eventstoredb':
      throw new Error(
        'EVENT_STORE=eventstoredb understøttes ikke endnu; brug sqlite eller postgres / ' +
          'EVENT_STORE=eventstoredb is not supported yet; use sqlite or postgres.',
      );
    default:
      throw new Error(
        `EVENT_STORE=${kind} kendes ikke; brug sqlite eller postgres / is unknown; use sqlite (the default) or postgres.`,
      );
  }
}

function checkedPostgresUrl(raw: string | undefined): string {
  const example = 'postgres://bruger:adgangskode@vært:5432/database (user:password@host:5432/database)';
  if (raw === undefined) {
    throw new Error(`EVENT_STORE=postgres kræver / needs EVENT_STORE_URL, e.g. ${example}`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The value is not repeated: it may well hold a password.
    throw new Error(`EVENT_STORE_URL er ikke en gyldig URL / is not a valid URL; expected ${example}`);
  }
  if ((url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || url.hostname === '') {
    throw new Error(
      `EVENT_STORE_URL skal være en postgres://-URL med en vært / must be a postgres:// URL with a host, ` +
        `got ${describeEventStoreUrl(raw)}; expected ${example}`,
    );
  }
  return raw;
}

/** The URL with any password replaced by `***`, for logs and error messages; a file path is returned as it is. */
export function describeEventStoreUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.includes('@') ? '(skjult / hidden)' : raw;
  }
  if (url.password !== '') url.password = '***';
  return url.href;
}
