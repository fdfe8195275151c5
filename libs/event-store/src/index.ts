/**
 * The event store's port: what every adapter implements and every user of a store relies on, and the rules and the
 * hash chain the adapters share. Loads no database driver; `@ledelsesrum/event-store-open` opens a store.
 */
export * from './event-store.port';
export * from './errors';
export { canonicalJson } from './hash-chain/canonical-json';
export { chainHash, eventHash, eventHashInput, sha256Hex, type HashedContent } from './hash-chain/event-hash';
export { stampEvents, type ChainEnd, type StampedEvent, type StreamEnd } from './hash-chain/stamp-events';
export {
  checkAppend,
  countOrNoLimit,
  earlierWrite,
  expectationHolds,
  firstStoredId,
  serialiseData,
  validateAppend,
  type StoredId,
} from './append-rules';
export {
  PollingSubscription,
  PollingSubscriptions,
  type SubscriptionSettings,
  type SubscriptionSource,
} from './polling-subscription';
export { CopyMismatchError, isEventCopyTarget, type EventCopyTarget } from './copy/event-copy.port';
export { checkCopiedEvent, type CopyCursor } from './copy/check-copied-event';
