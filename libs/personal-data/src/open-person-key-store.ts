import type { PersonKeyStore } from './person-key-store';
import { PostgresPersonKeyStore } from './postgres-person-key-store';
import { SqlitePersonKeyStore } from './sqlite-person-key-store';

/** Opens the key store where the configuration puts it: a SQLite file (one host) or PostgreSQL (several hosts). */
export async function openPersonKeyStore(
  location: { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string },
): Promise<PersonKeyStore> {
  return location.kind === 'postgres'
    ? PostgresPersonKeyStore.open(location.url)
    : new SqlitePersonKeyStore(location.file);
}
