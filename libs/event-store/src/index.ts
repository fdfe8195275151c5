import { fileURLToPath } from 'node:url';
import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export * from './event-store.port';
export * from './errors';
export { canonicalJson } from './hash-chain/canonical-json';
export { chainHash, eventHash, eventHashInput, sha256Hex, type HashedContent } from './hash-chain/event-hash';
export {
  DEFAULT_LOG_STREAM,
  EventStoreDbEventStore,
  type EventStoreDbEventStoreOptions,
} from './eventstoredb/eventstoredb-event-store';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { createUnderLock } from './postgres/postgres-ddl';
export { inTransaction } from './postgres/postgres-transaction';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';

/** The kinds of store the configuration can name. */
export type EventStoreKind = 'sqlite' | 'postgres' | 'eventstoredb';

/**
 * Which event store to open; `url` is, for SQLite, a file path or a `file:` URL, for PostgreSQL a `postgres://` URL
 * (the adapter keeps its table in the schema `ledelsesrum`), for EventStoreDB / KurrentDB an `esdb://` or
 * `kurrentdb://` connection string (the adapter keeps the store in the stream `ledelsesrum-events`).
 */
export interface EventStoreConfig {
  readonly kind: EventStoreKind;
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
    case 'postgres':
      return PostgresEventStore.open(config.url);
    case 'eventstoredb':
      return EventStoreDbEventStore.open(config.url);
    default:
      throw new Error(`Unsupported event store kind: ${String((config as { kind: unknown }).kind)}`);
  }
}
export { CopyMismatchError, isEventCopyTarget, type EventCopyTarget } from './copy/event-copy.port';
