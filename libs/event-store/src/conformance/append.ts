/**
 * The behaviour every event store adapter must show, as a Jest suite. An adapter's `*.int.spec.ts` calls
 * `describeEventStoreConformance` with a factory; the suite uses Jest's globals, so it is not part of the build.
 */
import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { describeHashChainConformance } from './hash-chain-conformance';

export interface EventStoreConformanceFactory {
  /** A fresh, empty store for one test; the suite closes it after the test. */
  open(): Promise<EventStore>;
  /**
   * A second, independent connection to the store the latest `open()` returned (another client, pool or file
   * handle); the suite closes it too. Without it, the tests that need two connections are skipped.
   */
  openAnotherConnection?(): Promise<EventStore>;
}

/** Polls `condition` until it holds; fails with `description` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, description: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets other pending work run, so that "concurrent" writers really interleave. */
const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const streamName = (label: string): string => `${label}-${randomUUID()}`;

const newEvent = (data: unknown = { value: randomUUID() }, metadata?: Record<string, unknown>): NewEvent => ({
  id: randomUUID(),
  type: 'SomethingHappened',
  data,
  ...(metadata === undefined ? {} : { metadata }),
});

const newEvents = (count: number): NewEvent[] => Array.from({ length: count }, (_, index) => newEvent({ index }));

const ids = (events: readonly { readonly id: string }[]): string[] => events.map((event) => event.id);

/** Resolves to what the promise rejected with, failing the test if it resolved. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`Expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

async function expectWrongExpectedRevision(
  promise: Promise<unknown>,
  fields: { streamId: string; expected: ExpectedRevision; actual: number },
): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject(fields);
}

function expectStrictlyIncreasingPositions(events: readonly RecordedEvent[]): void {
  events.slice(1).forEach((event, index) => expect(event.position).toBeGreaterThan(events[index]!.position));
}

/** Appends one event at the stream's current end, reading the end again after every conflict. */
async function appendWithRetry(store: EventStore, streamId: string, event: NewEvent): Promise<AppendResult> {
  for (;;) {
    const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    try {
      return await store.appendToStream(streamId, [event], { expectedRevision: last?.revision ?? 'no_stream' });
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      await yieldToOthers();
    }
  }
}

export function describeEventStoreConformance(name: string, factory: EventStoreConformanceFactory): void {
  describe(`${name}: event store conformance`, () => {
    let store: EventStore;
    const openStores: EventStore[] = [];
    const subscriptions: Subscription[] = [];
    const withTwoConnections = factory.openAnotherConnection === undefined ? it.skip : it;

    beforeEach(async () => {
      store = await factory.open();
      openStores.push(store);
    });

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop().catch(() => undefined)));
      await Promise.all(openStores.splice(0).map((opened) => opened.close()));
    });

    async function anotherConnection(): Promise<EventStore> {
      const other = await factory.openAnotherConnection!();
      openStores.push(other);
      return other;
    }

    /** Subscribes and records what arrives; the subscription is stopped after the test. */
    function follow(
      target: EventStore,
      options: Partial<SubscribeOptions> = {},
    ): { delivered: RecordedEvent[]; errors: unknown[]; subscription: Subscription } {
      const delivered: RecordedEvent[] = [];
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
    }

    describeHashChainConformance(() => store, factory.openAnotherConnection && anotherConnection);

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

    describe('idempotent retries and duplicate ids', () => {
      it('retrying the same ids with the same numeric revision returns the earlier result and writes nothing', async () => {
        const streamId = streamName('retry-numeric');
        await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' });
        const events = newEvents(2);
        const first = await store.appendToStream(streamId, events, { expectedRevision: 0 });
        await store.appendToStream(streamId, newEvents(1), { expectedRevision: 2 });

        const retried = await store.appendToStream(streamId, events, { expectedRevision: 0 });
        expect(retried).toEqual(first);
        expect(await store.readStream(streamId)).toHaveLength(4);
        expect(await store.readAll()).toHaveLength(4);
      });

      it('retrying the same ids with no_stream returns the earlier result and writes nothing', async () => {
        const streamId = streamName('retry-no-stream');
        const events = newEvents(3);
        const first = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
        const retried = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
        expect(retried).toEqual(first);
        expect(await store.readAll()).toHaveLength(3);
      });

      it('retrying the same ids with any or stream_exists returns the earlier result and writes nothing', async () => {
        const streamId = streamName('retry-any');
        await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' });
        const events = newEvents(2);
        const first = await store.appendToStream(streamId, events, { expectedRevision: 'any' });
        await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'any' });

        expect(await store.appendToStream(streamId, events, { expectedRevision: 'any' })).toEqual(first);
        expect(await store.appendToStream(streamId, events, { expectedRevision: 'stream_exists' })).toEqual(first);
        expect(await store.readStream(streamId)).toHaveLength(4);
      });

      it('retrying the same ids with an expectation that places them elsewhere throws WrongExpectedRevisionError', async () => {
        const streamId = streamName('retry-elsewhere');
        const events = newEvents(2);
        await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
        await store.appendToStream(streamId, newEvents(1), { expectedRevision: 1 });

        // They stand at revisions 0..1; expected 0 would place them at 1..2.
        await expectWrongExpectedRevision(store.appendToStream(streamId, events, { expectedRevision: 0 }), {
          streamId,
          expected: 0,
          actual: 2,
        });
        expect(await store.readAll()).toHaveLength(3);
      });

      it('appending already stored ids at the current end of their stream throws DuplicateEventIdError', async () => {
        const streamId = streamName('retry-at-end');
        const events = newEvents(2);
        await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });

        const error = await rejectionOf(store.appendToStream(streamId, events, { expectedRevision: 1 }));
        expect(error).toBeInstanceOf(DuplicateEventIdError);
        expect(error).toMatchObject({ eventId: events[0]!.id });
        expect(await store.readAll()).toHaveLength(2);
      });

      it('a different id at a taken position throws WrongExpectedRevisionError', async () => {
        const streamId = streamName('taken');
        await store.appendToStream(streamId, newEvents(2), { expectedRevision: 'no_stream' });
        await expectWrongExpectedRevision(store.appendToStream(streamId, newEvents(1), { expectedRevision: 0 }), {
          streamId,
          expected: 0,
          actual: 1,
        });
        await expectWrongExpectedRevision(
          store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' }),
          { streamId, expected: 'no_stream', actual: 1 },
        );
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('a retry whose ids only partly match the earlier write throws WrongExpectedRevisionError', async () => {
        const streamId = streamName('partial');
        const events = newEvents(2);
        await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
        await expectWrongExpectedRevision(
          store.appendToStream(streamId, [events[0]!, newEvent()], { expectedRevision: 'no_stream' }),
          { streamId, expected: 'no_stream', actual: 1 },
        );
        expect(await store.readAll()).toHaveLength(2);
      });

      it('an id already stored in another stream throws DuplicateEventIdError', async () => {
        const [event] = newEvents(1);
        await store.appendToStream(streamName('first'), [event!], { expectedRevision: 'no_stream' });
        const otherStream = streamName('second');

        const error = await rejectionOf(
          store.appendToStream(otherStream, [newEvent(), event!], { expectedRevision: 'no_stream' }),
        );
        expect(error).toBeInstanceOf(DuplicateEventIdError);
        expect(error).toMatchObject({ eventId: event!.id });
        expect(await store.readStream(otherStream)).toEqual([]);
        expect(await store.readAll()).toHaveLength(1);
      });
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
        expect(ids(await store.readAll({ afterPosition: all[2]!.position, maxCount: 2 }))).toEqual(
          ids(all.slice(3, 5)),
        );
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
              await appendWithRetry(
                writer % 2 === 0 ? store : other,
                streams[(writer + round) % streams.length]!,
                event,
              );
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

    describe('readers during concurrent writes', () => {
      it('a subscription and readAll pollers see positions strictly increasing and every event once, in the final order', async () => {
        const other = factory.openAnotherConnection === undefined ? store : await anotherConnection();
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
  });
}
