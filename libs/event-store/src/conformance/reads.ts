/** Reading a stream and the global order, also while writers append. */
import type { AppendResult, EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import {
  yieldToOthers,
  streamName,
  newEvents,
  ids,
  expectStrictlyIncreasingPositions,
  type ConformanceContext,
} from './fixture';

export function describeReads(context: ConformanceContext): void {
  const { follow, anotherConnection } = context;
  let store: EventStore;
  beforeEach(() => {
    store = context.store();
  });

  describe('readStream', () => {
    let streamId: string;
    let events: NewEvent[];

    beforeEach(async () => {
      streamId = streamName('read');
      events = newEvents(5);
      // Another stream's events in between must not show up.
      await store.appendToStream(streamId, events.slice(0, 2), { expectedRevision: 'no_stream' });
      await store.appendToStream(streamName('noise'), newEvents(2), { expectedRevision: 'no_stream' });
      await store.appendToStream(streamId, events.slice(2), { expectedRevision: 1 });
    });

    it('reads forwards from the first event by default, only this stream', async () => {
      const stored = await store.readStream(streamId);
      expect(ids(stored)).toEqual(ids(events));
      expect(stored.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
    });

    it('reads backwards from the last event', async () => {
      const stored = await store.readStream(streamId, { direction: 'backwards' });
      expect(ids(stored)).toEqual(ids(events).reverse());
    });

    it('reads forwards from an inclusive revision with maxCount', async () => {
      const stored = await store.readStream(streamId, { fromRevision: 1, maxCount: 3 });
      expect(stored.map((event) => event.revision)).toEqual([1, 2, 3]);
    });

    it('reads backwards from an inclusive revision with maxCount', async () => {
      const stored = await store.readStream(streamId, { direction: 'backwards', fromRevision: 3, maxCount: 2 });
      expect(stored.map((event) => event.revision)).toEqual([3, 2]);
    });

    it('reads an unknown stream as empty in both directions', async () => {
      const unknown = streamName('unknown');
      expect(await store.readStream(unknown)).toEqual([]);
      expect(await store.readStream(unknown, { direction: 'backwards' })).toEqual([]);
    });
  });

  describe('readAll', () => {
    it('returns all streams in global order with strictly increasing positions', async () => {
      const a = streamName('a');
      const b = streamName('b');
      const appended: [string, NewEvent[]][] = [
        [a, newEvents(2)],
        [b, newEvents(1)],
        [a, newEvents(3)],
      ];
      const results: AppendResult[] = [];
      for (const [streamId, events] of appended) {
        results.push(await store.appendToStream(streamId, events, { expectedRevision: 'any' }));
      }

      const all = await store.readAll();
      expect(all.map((event) => [event.streamId, event.id])).toEqual(
        appended.flatMap(([streamId, events]) => events.map((event) => [streamId, event.id])),
      );
      expectStrictlyIncreasingPositions(all);
      expect([all[1]!.position, all[2]!.position, all[5]!.position]).toEqual(results.map((r) => r.position));
    });

    it('reads after an exclusive afterPosition, and pages with maxCount', async () => {
      await store.appendToStream(streamName('page'), newEvents(7), { expectedRevision: 'no_stream' });
      const all = await store.readAll();

      expect(ids(await store.readAll({ afterPosition: all[2]!.position }))).toEqual(ids(all.slice(3)));
      expect(ids(await store.readAll({ afterPosition: all[2]!.position, maxCount: 2 }))).toEqual(ids(all.slice(3, 5)));
      expect(await store.readAll({ afterPosition: all[6]!.position })).toEqual([]);

      const paged: RecordedEvent[] = [];
      for (let page = await store.readAll({ maxCount: 3 }); page.length > 0;) {
        paged.push(...page);
        page = await store.readAll({ afterPosition: page[page.length - 1]!.position, maxCount: 3 });
      }
      expect(ids(paged)).toEqual(ids(all));
    });

    it('reads an empty store as empty', async () => {
      expect(await store.readAll()).toEqual([]);
    });
  });

  describe('readers during concurrent writes', () => {
    it('a subscription and readAll pollers see positions strictly increasing and every event once, in the final order', async () => {
      const other = context.hasAnotherConnection ? await anotherConnection() : store;
      const streams = Array.from({ length: 5 }, () => streamName('observed'));
      const { delivered, subscription } = follow(store);

      let writing = true;
      const poll = async (reader: EventStore): Promise<RecordedEvent[]> => {
        const seen: RecordedEvent[] = [];
        for (;;) {
          const stillWriting = writing;
          const page = await reader.readAll({ afterPosition: seen[seen.length - 1]?.position ?? 0, maxCount: 7 });
          seen.push(...page);
          // Stop only after a read that began once the writers were done came back empty.
          if (page.length === 0 && !stillWriting) return seen;
          await yieldToOthers();
        }
      };
      const pollers = [poll(store), poll(other)];

      await Promise.all(
        Array.from({ length: 4 }, async (_, writer) => {
          for (let round = 0; round < 25; round++) {
            const count = 1 + ((writer + round) % 3);
            const streamId = streams[(writer * 7 + round) % streams.length]!;
            await (writer % 2 === 0 ? store : other).appendToStream(streamId, newEvents(count), {
              expectedRevision: 'any',
            });
            await yieldToOthers();
          }
        }),
      );
      writing = false;
      const observations = await Promise.all(pollers);
      const final = await store.readAll();
      await subscription.caughtUp();

      expect(final.length).toBeGreaterThanOrEqual(100);
      for (const observed of [...observations, delivered]) {
        expectStrictlyIncreasingPositions(observed);
        expect(ids(observed)).toEqual(ids(final));
      }
    });
  });
}
