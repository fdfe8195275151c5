/** Appending: each expectation, what an append stores, and concurrent writers on one or two connections. */
import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '../errors';
import type { EventStore, NewEvent } from '../event-store.port';
import {
  streamName,
  newEvent,
  newEvents,
  ids,
  expectWrongExpectedRevision,
  expectStrictlyIncreasingPositions,
  appendWithRetry,
  type ConformanceContext,
} from './fixture';

export function describeAppends(context: ConformanceContext): void {
  const { anotherConnection, withTwoConnections } = context;
  let store: EventStore;
  beforeEach(() => {
    store = context.store();
  });

  it('ping resolves while the store is open', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  describe('appendToStream', () => {
    it('no_stream creates the stream at revisions 0..k-1 and returns the last revision and position', async () => {
      const streamId = streamName('create');
      const events = newEvents(3);
      const result = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });

      const stored = await store.readStream(streamId);
      expect(stored.map((event) => [event.id, event.streamId, event.revision])).toEqual(
        events.map((event, index) => [event.id, streamId, index]),
      );
      expect(result).toEqual({ nextExpectedRevision: 2, position: stored[2]!.position });
      expectStrictlyIncreasingPositions(stored);
      expect(stored[0]!.position).toBeGreaterThan(0);
    });

    it('no_stream on an existing stream throws WrongExpectedRevisionError and writes nothing', async () => {
      const streamId = streamName('exists');
      await store.appendToStream(streamId, newEvents(2), { expectedRevision: 'no_stream' });
      await expectWrongExpectedRevision(
        store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' }),
        { streamId, expected: 'no_stream', actual: 1 },
      );
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    it('stream_exists appends to an existing stream', async () => {
      const streamId = streamName('exists');
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' });
      const result = await store.appendToStream(streamId, newEvents(2), { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(2);
      expect((await store.readStream(streamId)).map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it('stream_exists on a missing stream throws WrongExpectedRevisionError with actual -1', async () => {
      const streamId = streamName('missing');
      await expectWrongExpectedRevision(
        store.appendToStream(streamId, newEvents(1), { expectedRevision: 'stream_exists' }),
        { streamId, expected: 'stream_exists', actual: -1 },
      );
      expect(await store.readStream(streamId)).toEqual([]);
    });

    it('any appends to a missing stream and to an existing one', async () => {
      const streamId = streamName('any');
      const first = await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'any' });
      const second = await store.appendToStream(streamId, newEvents(2), { expectedRevision: 'any' });
      expect(first.nextExpectedRevision).toBe(0);
      expect(second.nextExpectedRevision).toBe(2);
      expect(second.position).toBeGreaterThan(first.position);
      expect(await store.readStream(streamId)).toHaveLength(3);
    });

    it('a numeric revision appends when it equals the revision of the last event', async () => {
      const streamId = streamName('numeric');
      const first = await store.appendToStream(streamId, newEvents(2), { expectedRevision: 'no_stream' });
      const second = await store.appendToStream(streamId, newEvents(1), {
        expectedRevision: first.nextExpectedRevision,
      });
      expect(second.nextExpectedRevision).toBe(2);
      const stored = await store.readStream(streamId);
      expect(second.position).toBe(stored[2]!.position);
    });

    it('a stale numeric revision throws WrongExpectedRevisionError and writes nothing', async () => {
      const streamId = streamName('stale');
      await store.appendToStream(streamId, newEvents(3), { expectedRevision: 'no_stream' });
      await expectWrongExpectedRevision(store.appendToStream(streamId, newEvents(1), { expectedRevision: 1 }), {
        streamId,
        expected: 1,
        actual: 2,
      });
      expect(await store.readStream(streamId)).toHaveLength(3);
    });

    it('a numeric revision ahead of the stream, or on a missing stream, throws WrongExpectedRevisionError', async () => {
      const streamId = streamName('ahead');
      await expectWrongExpectedRevision(store.appendToStream(streamId, newEvents(1), { expectedRevision: 0 }), {
        streamId,
        expected: 0,
        actual: -1,
      });
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' });
      await expectWrongExpectedRevision(store.appendToStream(streamId, newEvents(1), { expectedRevision: 5 }), {
        streamId,
        expected: 5,
        actual: 0,
      });
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('round-trips data and metadata as JSON, with metadata {} when none was given', async () => {
      const streamId = streamName('json');
      const data = { text: 'Æblegrød – “quoted” ✓', count: 3, ratio: 0.5, flag: false, none: null, list: [1, 'a'] };
      const metadata = { correlationId: randomUUID(), nested: { by: 'someone' } };
      const withMetadata = newEvent(data, metadata);
      const withoutMetadata = newEvent(['an', 'array']);
      await store.appendToStream(streamId, [withMetadata, withoutMetadata], { expectedRevision: 'no_stream' });

      const [first, second] = await store.readStream(streamId);
      expect(first).toMatchObject({ id: withMetadata.id, type: 'SomethingHappened', data, metadata });
      expect(second).toMatchObject({ id: withoutMetadata.id, data: ['an', 'array'], metadata: {} });
      expect(new Date(first!.recordedAt).toISOString()).toBe(first!.recordedAt);
    });

    it('an empty append writes nothing and returns the current revision', async () => {
      const streamId = streamName('empty');
      expect((await store.appendToStream(streamId, [], { expectedRevision: 'any' })).nextExpectedRevision).toBe(-1);
      await store.appendToStream(streamId, newEvents(2), { expectedRevision: 'no_stream' });
      expect((await store.appendToStream(streamId, [], { expectedRevision: 1 })).nextExpectedRevision).toBe(1);
      expect(await store.readAll()).toHaveLength(2);
    });

    it('rejects an append that repeats an id within itself and writes nothing', async () => {
      const streamId = streamName('repeated');
      const event = newEvent();
      await expect(
        store.appendToStream(streamId, [event, { ...event }], { expectedRevision: 'no_stream' }),
      ).rejects.toThrow();
      expect(await store.readAll()).toEqual([]);
    });
  });

  describe('concurrent writers', () => {
    it('20 concurrent appends with the same expected revision: exactly one succeeds, the rest conflict', async () => {
      const streamId = streamName('race');
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' });
      const batches = Array.from({ length: 20 }, () => newEvents(2));

      const outcomes = await Promise.allSettled(
        batches.map((events) => store.appendToStream(streamId, events, { expectedRevision: 0 })),
      );

      const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') continue;
        expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(outcome.reason).toMatchObject({ streamId, expected: 0, actual: 2 });
      }
      expect(ids(await store.readStream(streamId, { fromRevision: 1 }))).toEqual(ids(batches[winners[0]!]!));
    });

    it('20 concurrent no_stream appends: exactly one creates the stream', async () => {
      const streamId = streamName('create-race');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('writers retrying on conflict end with a gapless stream holding all their events', async () => {
      const streamId = streamName('retrying');
      const perWriter = Array.from({ length: 8 }, () => newEvents(5));

      await Promise.all(
        perWriter.map(async (events) => {
          for (const event of events) await appendWithRetry(store, streamId, event);
        }),
      );

      const stored = await store.readStream(streamId);
      expect(stored.map((event) => event.revision)).toEqual(stored.map((_, index) => index));
      expect(ids(stored).sort()).toEqual(perWriter.flatMap(ids).sort());
      for (const events of perWriter) {
        // Each writer's own events keep the order in which it appended them.
        const order = ids(events).map((id) => ids(stored).indexOf(id));
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }
    });

    withTwoConnections('writers on two connections to one stream end with one gapless stream', async () => {
      const other = await anotherConnection();
      const streamId = streamName('two-connections');
      const perWriter = Array.from({ length: 6 }, () => newEvents(5));

      await Promise.all(
        perWriter.map(async (events, writer) => {
          for (const event of events) await appendWithRetry(writer % 2 === 0 ? store : other, streamId, event);
        }),
      );

      const stored = await store.readStream(streamId);
      expect(stored.map((event) => event.revision)).toEqual(stored.map((_, index) => index));
      expect(ids(stored).sort()).toEqual(perWriter.flatMap(ids).sort());
      expect(ids(await other.readStream(streamId))).toEqual(ids(stored));
    });

    withTwoConnections('writers on two connections to many streams lose nothing and keep one order', async () => {
      const other = await anotherConnection();
      const streams = Array.from({ length: 10 }, () => streamName('many'));
      const written = await Promise.all(
        Array.from({ length: 8 }, async (_, writer) => {
          const mine: NewEvent[] = [];
          for (let round = 0; round < 10; round++) {
            const event = newEvent({ writer, round });
            await appendWithRetry(writer % 2 === 0 ? store : other, streams[(writer + round) % streams.length]!, event);
            mine.push(event);
          }
          return mine;
        }),
      );

      const all = await store.readAll();
      expectStrictlyIncreasingPositions(all);
      expect(ids(all).sort()).toEqual(written.flatMap(ids).sort());
      expect(ids(await other.readAll())).toEqual(ids(all));
      for (const streamId of streams) {
        const stored = await store.readStream(streamId);
        expect(stored.map((event) => event.revision)).toEqual(stored.map((_, index) => index));
        expect(ids(stored)).toEqual(ids(all.filter((event) => event.streamId === streamId)));
      }
    });
  });
}
