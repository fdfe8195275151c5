/** The event store in PostgreSQL, for API and worker replicas on several hosts. */
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
