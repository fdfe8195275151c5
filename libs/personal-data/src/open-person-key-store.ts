import { existsSync } from 'node:fs';
import type { PersonKeyStore } from './person-key-store';
import { PostgresPersonKeyStore } from './postgres-person-key-store';
import { SqlitePersonKeyStore } from './sqlite-person-key-store';

export type PersonKeyStoreLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly localFile?: string };

/**
 * Opens the key store where the configuration puts it: a SQLite file (one host) or PostgreSQL (several hosts).
 * Refuses an empty PostgreSQL store while the local file still holds keys: starting on it would show every person as
 * erased and make new keys that the old data cannot be read with. `copy-keys` moves them first.
 */
export async function openPersonKeyStore(location: PersonKeyStoreLocation): Promise<PersonKeyStore> {
  if (location.kind === 'sqlite') return new SqlitePersonKeyStore(location.file);
  const store = await PostgresPersonKeyStore.open(location.url).catch((error: unknown) => {
    // The URL is not repeated (it may hold a password); the variable's name says which connection failed.
    throw new Error(`PERSONAL_DATA_KEYS_URL: ${error instanceof Error ? error.message : String(error)}`);
  });
  const file = location.localFile;
  if (file !== undefined && existsSync(file) && (await store.isEmpty())) {
    const local = new SqlitePersonKeyStore(file);
    const { keys, erasures } = local.contents();
    await local.close();
    if (keys.length + erasures.length > 0) {
      await store.close();
      throw new Error(
        `PERSONAL_DATA_KEYS_URL peger på et tomt nøglelager, men ${file} har ${keys.length} nøgler; kopiér dem først / ` +
          `names an empty key store, but ${file} holds ${keys.length} keys and ${erasures.length} erasures. ` +
          `Copy them first: npm run cli -- copy-keys --from ${file} --to "$PERSONAL_DATA_KEYS_URL"`,
      );
    }
  }
  return store;
}
