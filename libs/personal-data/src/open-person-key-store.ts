import { existsSync } from 'node:fs';
import type { PersonKeyStore } from './person-key-store';
import { PostgresPersonKeyStore } from './postgres-person-key-store';
import { readPersonKeyFile, SqlitePersonKeyStore } from './sqlite-person-key-store';

export type PersonKeyStoreLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly localFile?: string };

/**
 * Opens the key store where the configuration puts it: a SQLite file (one host) or PostgreSQL (several hosts).
 * With PostgreSQL, refuses to start while the key file it replaces holds a key or an erasure that PostgreSQL does not
 * (the same key, or the person erased): starting would show those people as erased and make new keys that their
 * stored names cannot be opened with, or let an erased person get a key again. `copy-keys` moves them first.
 */
export async function openPersonKeyStore(location: PersonKeyStoreLocation): Promise<PersonKeyStore> {
  if (location.kind === 'sqlite') return new SqlitePersonKeyStore(location.file);
  const store = await PostgresPersonKeyStore.open(location.url).catch((error: unknown) => {
    // The URL is not repeated (it may hold a password); the variable's name says which connection failed.
    throw new Error(`PERSONAL_DATA_KEYS_URL: ${error instanceof Error ? error.message : String(error)}`);
  });
  const file = location.localFile;
  if (file === undefined || !existsSync(file)) return store;
  try {
    const missing = await store.unmatched(readPersonKeyFile(file));
    if (missing.keys + missing.erasures > 0) {
      throw new Error(
        `PERSONAL_DATA_KEYS_URL mangler ${missing.keys} nøgler og ${missing.erasures} sletninger fra ${file} / ` +
          `lacks ${missing.keys} keys and ${missing.erasures} erasures that ${file} holds. ` +
          `Copy them first: npm run cli -- copy-keys --from ${file} --to "$PERSONAL_DATA_KEYS_URL"`,
      );
    }
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
