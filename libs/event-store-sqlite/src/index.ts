/** The embedded event store: one SQLite file that several processes on one host may share. */
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
