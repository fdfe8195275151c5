/**
 * The behaviour every event store adapter must show, as a Jest suite split by topic. An adapter's spec calls
 * `runEventStoreConformance` with a factory; the suite uses Jest's globals, so it is not part of the build.
 */
import type { EventStore, Subscription } from '../event-store.port';
import { describeAppends } from './append';
import type { ConformanceContext, EventStoreConformanceFactory, Followed } from './fixture';
import { describeHashChainConformance } from './hash-chain';
import { describeIdempotency } from './idempotency';
import { describeReads } from './reads';
import { describeSubscriptions } from './subscriptions';

export { waitFor, type EventStoreConformanceFactory } from './fixture';

export function runEventStoreConformance(name: string, factory: EventStoreConformanceFactory): void {
  describe(`${name}: event store conformance`, () => {
    let store: EventStore;
    const openStores: EventStore[] = [];
    const subscriptions: Subscription[] = [];

    beforeEach(async () => {
      store = await factory.open();
      openStores.push(store);
    });

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop().catch(() => undefined)));
      await Promise.all(openStores.splice(0).map((opened) => opened.close()));
    });

    const anotherConnection = async (): Promise<EventStore> => {
      const other = await factory.openAnotherConnection!();
      openStores.push(other);
      return other;
    };

    const context: ConformanceContext = {
      store: () => store,
      hasAnotherConnection: factory.openAnotherConnection !== undefined,
      anotherConnection,
      withTwoConnections: factory.openAnotherConnection === undefined ? it.skip : it,
      follow: (target, options = {}): Followed => {
        const delivered: Followed['delivered'] = [];
        const errors: unknown[] = [];
        const subscription = target.subscribeToAll({
          onEvent: (event) => {
            delivered.push(event);
          },
          onError: (error) => errors.push(error),
          ...options,
        });
        subscriptions.push(subscription);
        return { delivered, errors, subscription };
      },
    };

    describeHashChainConformance(() => store, factory.openAnotherConnection && anotherConnection);
    describeAppends(context);
    describeIdempotency(context);
    describeReads(context);
    describeSubscriptions(context);
  });
}
