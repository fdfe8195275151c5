import { fileURLToPath } from 'node:url';
import type { EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export * from './event-store.port';
export * from './errors';
export { canonicalJson } from './hash-chain/canonical-json';
export { chainHash, eventHash, eventHashInput, sha256Hex, type HashedContent } from './hash-chain/event-hash';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';

/** Which event store to open; `url` is, for SQLite, a file path or a `file:` URL. */
export interface EventStoreConfig {
  readonly kind: 'sqlite';
  readonly url: string;
}

/**
 * Opens the event store the configuration names. The conformance suite (`./conformance`) is deliberately not exported
 * here: it needs Jest's globals and is not part of the build.
 */
export async function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'sqlite':
      return SqliteEventStore.open(config.url.startsWith('file:') ? fileURLToPath(config.url) : config.url);
    default:
      throw new Error(`Unsupported event store kind: ${String((config as { kind: unknown }).kind)}`);
  }
}
