import { PostgresSessionStore } from './postgres-session-store';
import type { SessionStore } from './session-store';
import { SqliteSessionStore } from './sqlite-session-store';

export type SessionStoreLocation =
  { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

/**
 * Opens the session store where the configuration puts it (SESSIONS_URL, else SESSIONS_FILE or the data folder's
 * file), and deletes the sessions that have expired meanwhile.
 */
export async function openSessionStore(location: SessionStoreLocation): Promise<SessionStore> {
  const store =
    location.kind === 'sqlite'
      ? new SqliteSessionStore(location.file)
      : await PostgresSessionStore.open(location.url).catch((error: unknown) => {
          // The URL is not repeated (it may hold a password); the variable's name says which connection failed.
          throw new Error(`SESSIONS_URL: ${error instanceof Error ? error.message : String(error)}`);
        });
  try {
    await store.removeExpired(new Date());
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
