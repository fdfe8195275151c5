import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import { openEventStore } from '@ledelsesrum/event-store-open';

/**
 * The event store the configuration names (DATA_DIR, EVENT_STORE_URL), for the auditor's commands. Opening a SQLite
 * file that is not there would create an empty store, and a mistyped DATA_DIR would then verify as intact, replay as
 * empty or export nothing: refuse instead.
 */
export async function openExistingStore(): Promise<EventStore> {
  const config = loadConfig().eventStore;
  // A PostgreSQL store lives on its server; opening it creates at most an empty table, and the URL is checked already.
  if (config.kind !== 'sqlite') return openEventStore(config);
  const file = config.url.startsWith('file:') ? fileURLToPath(config.url) : config.url;
  if (!existsSync(file)) throw new Error(`Intet hændelseslager / No event store: ${file} (DATA_DIR, EVENT_STORE_URL)`);
  return openEventStore(config);
}
