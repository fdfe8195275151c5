import { fileURLToPath } from 'node:url';
import type { EventStore } from '@ledelsesrum/event-store';
import { EventStoreDbEventStore } from '@ledelsesrum/event-store-eventstoredb';
import { PostgresEventStore } from '@ledelsesrum/event-store-postgres';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';

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

/** Opens the event store the configuration names: the one place that knows every adapter. */
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
