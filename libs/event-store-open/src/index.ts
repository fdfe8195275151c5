export { openEventStore, type EventStoreConfig, type EventStoreKind } from './open-event-store';
