/** The event store in EventStoreDB / KurrentDB, kept in one stream of the server. */
export {
  DEFAULT_LOG_STREAM,
  EventStoreDbEventStore,
  type EventStoreDbEventStoreOptions,
} from './eventstoredb-event-store';
