import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkedPostgresUrl } from '@ledelsesrum/config';
import { PostgresPersonKeyStore, readPersonKeyFile } from '@ledelsesrum/personal-data';
import { MigrateUsageError } from './migrate-args';

export const COPY_KEYS_USAGE = `  copy-keys --from <fil / file> --to <postgres-url>
      Kopierer personnøglerne og sletningerne fra SQLite-filen til PostgreSQL, før PERSONAL_DATA_KEYS_URL tages i brug
      / Copies the per-person keys and erasures from the SQLite file to PostgreSQL, before switching to
      PERSONAL_DATA_KEYS_URL. Stop the API and the workers first. Exit 0 copied and checked, 1 the target holds another
      key for someone (nothing copied)`;

/**
 * `copy-keys --from FILE --to URL`: every key and erasure of the file, into PostgreSQL in one transaction (a key that
 * is there already must be the same one; an erasure always wins), then checked: each key of the file opens the same in
 * the target, each erased person is erased there. Running it again copies nothing twice.
 */
export async function copyKeysCommand(args: readonly string[]): Promise<number> {
  const { from, to } = parseCopyKeysArgs(args);
  // Read only: the file stays as it was, and a file that is no key file is refused before anything is copied.
  const contents = readPersonKeyFile(from);
  const target = await PostgresPersonKeyStore.open(to);
  try {
    const taken = await target.takeCopy(contents);
    const missing = await target.unmatched(contents);
    if (missing.keys + missing.erasures > 0) {
      process.stdout.write(
        `Målet mangler / The target lacks ${missing.keys} nøgler / keys, ${missing.erasures} sletninger / erasures\n`,
      );
      return 1;
    }
    process.stdout.write(
      `Kopieret / Copied: ${taken.keys} nøgler / keys, ${taken.erasures} sletninger / erasures ` +
        `(${contents.keys.length} nøgler og / keys and ${contents.erasures.length} sletninger i filen / erasures in the ` +
        'file); målet svarer til filen / the target matches the file\n',
    );
    return 0;
  } finally {
    await target.close();
  }
}

function parseCopyKeysArgs(args: readonly string[]): { from: string; to: string } {
  const usage = (problem: string) => new MigrateUsageError(problem, COPY_KEYS_USAGE);
  const given = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i]!, args[i + 1]];
    if (flag !== '--from' && flag !== '--to') throw usage(`Ukendt / Unknown: ${flag}`);
    if (value === undefined || value.startsWith('--')) throw usage(`${flag}: værdien mangler / the value is missing`);
    given.set(flag, value);
  }
  const from = given.get('--from');
  const to = given.get('--to');
  // The URL is best given as "$PERSONAL_DATA_KEYS_URL": a password typed on the command line stays in the history.
  if (from === undefined || to === undefined) throw usage('Angiv både / Give both --from og/and --to');
  if (!existsSync(from)) throw usage(`--from: ingen nøglefil / no key file: ${resolve(from)}`);
  try {
    return { from: resolve(from), to: checkedPostgresUrl(to, '--to') };
  } catch (error) {
    throw usage((error as Error).message);
  }
}
