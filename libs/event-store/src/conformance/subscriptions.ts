/** Following the global order: catching up, live delivery, checkpoints, stop and errors. */
import type { EventStore, RecordedEvent } from '../event-store.port';
import { waitFor, yieldToOthers, streamName, newEvents, ids, type ConformanceContext } from './fixture';

export function describeSubscriptions(context: ConformanceContext): void {
  const { follow, anotherConnection, withTwoConnections } = context;
  let store: EventStore;
  beforeEach(() => {
    store = context.store();
  });

  describe('subscribeToAll', () => {
    it('delivers stored events in global order, then events appended later through the same store', async () => {
      const streamId = streamName('live');
      await store.appendToStream(streamId, newEvents(3), { expectedRevision: 'no_stream' });
      const { delivered, subscription } = follow(store);
      await subscription.caughtUp();
      expect(ids(delivered)).toEqual(ids(await store.readAll()));

      await store.appendToStream(streamName('later'), newEvents(2), { expectedRevision: 'no_stream' });
      await waitFor(() => delivered.length === 5, 'the two later events');
      expect(ids(delivered)).toEqual(ids(await store.readAll()));
      expect(subscription.checkpoint).toBe(delivered[4]!.position);
    });

    withTwoConnections('delivers events appended through another connection', async () => {
      const other = await anotherConnection();
      const { delivered, subscription } = follow(store);
      await subscription.caughtUp();

      const events = newEvents(3);
      await other.appendToStream(streamName('elsewhere'), events, { expectedRevision: 'no_stream' });
      await waitFor(() => delivered.length === 3, 'events written through the other connection');
      expect(ids(delivered)).toEqual(ids(events));
    });

    it('starts after afterPosition', async () => {
      await store.appendToStream(streamName('after'), newEvents(6), { expectedRevision: 'no_stream' });
      const all = await store.readAll();
      const { delivered, subscription } = follow(store, { afterPosition: all[2]!.position });
      await subscription.caughtUp();
      expect(ids(delivered)).toEqual(ids(all.slice(3)));
    });

    it('catches up over more events than fit in one page', async () => {
      const streamId = streamName('bulk');
      for (let batch = 0; batch < 12; batch++) {
        await store.appendToStream(streamId, newEvents(100), { expectedRevision: batch === 0 ? 'no_stream' : 'any' });
      }
      const { delivered, subscription } = follow(store);
      await subscription.caughtUp();
      expect(delivered.map((event) => event.revision)).toEqual(delivered.map((_, index) => index));
      expect(delivered).toHaveLength(1200);
    });

    it('awaits onEvent before delivering the next event', async () => {
      await store.appendToStream(streamName('serial'), newEvents(10), { expectedRevision: 'no_stream' });
      let inFlight = 0;
      let mostInFlight = 0;
      const { delivered, subscription } = follow(store, {
        onEvent: async (event) => {
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          await yieldToOthers();
          delivered.push(event);
          inFlight--;
        },
      });
      await subscription.caughtUp();
      expect(delivered).toHaveLength(10);
      expect(mostInFlight).toBe(1);
    });

    it('caughtUp() resolves once every event stored at the call has been delivered', async () => {
      const streamId = streamName('caught-up');
      await store.appendToStream(streamId, newEvents(30), { expectedRevision: 'no_stream' });
      const { delivered, subscription } = follow(store, {
        onEvent: async (event) => {
          await yieldToOthers();
          delivered.push(event);
        },
      });

      await subscription.caughtUp();
      expect(delivered).toHaveLength(30);
      expect(subscription.checkpoint).toBe(delivered[29]!.position);

      await store.appendToStream(streamId, newEvents(5), { expectedRevision: 29 });
      await subscription.caughtUp();
      expect(delivered).toHaveLength(35);
    });

    it('caughtUp() resolves on an empty store', async () => {
      const { delivered, subscription } = follow(store);
      await subscription.caughtUp();
      expect(delivered).toEqual([]);
      expect(subscription.checkpoint).toBe(0);
    });

    it('resumes after its checkpoint without duplicates or losses', async () => {
      const streamId = streamName('resume');
      await store.appendToStream(streamId, newEvents(5), { expectedRevision: 'no_stream' });
      const first = follow(store);
      await first.subscription.caughtUp();
      await first.subscription.stop();
      const checkpoint = first.subscription.checkpoint;
      expect(checkpoint).toBe(first.delivered[4]!.position);

      await store.appendToStream(streamId, newEvents(5), { expectedRevision: 4 });
      const second = follow(store, { afterPosition: checkpoint });
      await second.subscription.caughtUp();

      expect(first.delivered).toHaveLength(5);
      expect([...ids(first.delivered), ...ids(second.delivered)]).toEqual(ids(await store.readAll()));
    });

    it('stop() waits for the delivery in flight, and nothing is delivered afterwards', async () => {
      await store.appendToStream(streamName('stop'), newEvents(3), { expectedRevision: 'no_stream' });
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const delivered: RecordedEvent[] = [];
      const finished: RecordedEvent[] = [];
      const { subscription } = follow(store, {
        onEvent: async (event) => {
          delivered.push(event);
          await gate;
          finished.push(event);
        },
      });
      await waitFor(() => delivered.length === 1, 'the first delivery');

      let stopped = false;
      const stopping = subscription.stop().then(() => (stopped = true));
      await yieldToOthers();
      await yieldToOthers();
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect(ids(finished)).toEqual(ids(delivered.slice(0, 1)));
      expect(subscription.checkpoint).toBe(delivered[0]!.position);

      // A witness that catches up on a later append proves the stopped subscription stayed silent.
      await store.appendToStream(streamName('after-stop'), newEvents(1), { expectedRevision: 'no_stream' });
      const witness = follow(store);
      await witness.subscription.caughtUp();
      expect(witness.delivered).toHaveLength(4);
      expect(delivered).toHaveLength(1);
    });

    it('an error thrown by onEvent reaches onError and stops the subscription before the failed event', async () => {
      const streamId = streamName('failing');
      const events = newEvents(5);
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      const boom = new Error('projection failed');
      const { delivered, errors, subscription } = follow(store, {
        onEvent: (event) => {
          if (event.id === events[2]!.id) throw boom;
          delivered.push(event);
        },
      });
      await waitFor(() => errors.length > 0, 'onError');

      expect(errors).toEqual([boom]);
      expect(ids(delivered)).toEqual(ids(events.slice(0, 2)));
      expect(subscription.checkpoint).toBe(delivered[1]!.position);

      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 4 });
      const witness = follow(store);
      await witness.subscription.caughtUp();
      expect(delivered).toHaveLength(2);
      expect(errors).toHaveLength(1);
      await subscription.stop();

      const resumed = follow(store, { afterPosition: subscription.checkpoint });
      await resumed.subscription.caughtUp();
      expect(ids(resumed.delivered)).toEqual(ids(witness.delivered.slice(2)));
    });
  });
}
