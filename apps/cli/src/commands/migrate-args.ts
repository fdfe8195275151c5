import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describeEventStoreUrl, isEventStoreDbUrl, type EventStoreSettings } from '@ledelsesrum/config';

export const MIGRATE_USAGE = `  migrate --from <url> --to <url>
      Kopierer hver hændelse med id, rækkefølge, metadata og hashes til et andet lager, fortsætter efter en afbrydelse
      og verificerer målet / Copies every event with its id, order, metadata and hashes to another store, resumes after
      an interruption and verifies the target. <url>: en SQLite-fil (sti eller file:) / a SQLite file (path or file:),
      postgres://bruger:kode@vært:5432/database, eller / or esdb://bruger:kode@vært:2113?tls=true (EventStoreDB /
      KurrentDB). Exit 0 kopieret og intakt / copied and intact, 1 ellers
      / otherwise`;

/** A mistake in how `migrate` (or `copy-keys`) was called: exit code 2, with the usage. */
export class MigrateUsageError extends Error {
  readonly exitCode = 2;
  constructor(problem: string, usage = MIGRATE_USAGE) {
    super(`${problem}\n\nBrug / Usage:\n${usage}`);
  }
}

export interface MigrateArgs {
  readonly from: EventStoreSettings;
  readonly to: EventStoreSettings;
}

/** `--from URL --to URL`, each exactly once; the source must exist (a SQLite file that is not there is refused). */
export function parseMigrateArgs(args: readonly string[]): MigrateArgs {
  const given = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (flag !== '--from' && flag !== '--to') throw new MigrateUsageError(`Ukendt / Unknown: ${flag}`);
    if (value === undefined || value.startsWith('--')) throw new MigrateUsageError(`${flag}: URL'en mangler / missing`);
    if (given.has(flag)) throw new MigrateUsageError(`${flag}: kun én gang / only once`);
    given.set(flag, value);
  }
  const from = given.get('--from');
  const to = given.get('--to');
  if (from === undefined || to === undefined) throw new MigrateUsageError('Angiv både / Give both --from og/and --to');
  const source = storeAt(from);
  const target = storeAt(to);
  if (source.kind === target.kind && source.url === target.url) {
    throw new MigrateUsageError('--from og --to er samme lager / are the same store');
  }
  if (source.kind === 'sqlite' && !existsSync(source.url)) {
    throw new MigrateUsageError(`--from: intet hændelseslager / no event store: ${source.url}`);
  }
  return { from: source, to: target };
}

/** What a URL names: PostgreSQL and EventStoreDB by their schemes; a `file:` URL or a plain path is a SQLite file. */
export function storeAt(raw: string): EventStoreSettings {
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    try {
      if (new URL(raw).hostname !== '') return { kind: 'postgres', url: raw };
    } catch {
      // Falls through to the refusal below, which does not repeat a URL that may hold a password.
    }
    throw new MigrateUsageError(`Ugyldig PostgreSQL-URL / Invalid PostgreSQL URL: ${describeEventStoreUrl(raw)}`);
  }
  if (isEventStoreDbUrl(raw)) return { kind: 'eventstoredb', url: raw };
  if (/^(esdb|kurrentdb)/i.test(raw)) {
    throw new MigrateUsageError(
      `Ugyldig EventStoreDB-forbindelsesstreng / Invalid EventStoreDB connection string: ${describeEventStoreUrl(raw)}`,
    );
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !raw.startsWith('file:')) {
    throw new MigrateUsageError(`Ukendt slags lager / Unknown kind of store: ${describeEventStoreUrl(raw)}`);
  }
  return { kind: 'sqlite', url: raw.startsWith('file:') ? fileURLToPath(raw) : resolve(raw) };
}
