import { randomUUID } from 'node:crypto';
import { describeEventStoreConformance } from '../conformance/event-store-conformance';
import { WrongExpectedRevisionError } from '../errors';
import type { EventStore, NewEvent } from '../event-store.port';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { logEventId, toLogEntry } from './log-entry';
import { InMemoryLogStream } from './testing/in-memory-log-stream';

// The adapter's own rules (index, expectations, retries, hashes, subscriptions) over an in-memory stand-in for the
// EventStoreDB stream: no server can run here. The same suite runs through the real client in the .int.spec.ts.
let log: InMemoryLogStream;
const pollIntervalMs = 20;

describeEventStoreConformance('EventStoreDbEventStore (in-memory stand-in for the EventStoreDB log stream)', {
  async open() {
    log = new InMemoryLogStream();
    return EventStoreDbEventStore.over(log, { pollIntervalMs });
  },
  async openAnotherConnection() {
    return EventStoreDbEventStore.over(log, { pollIntervalMs });
  },
});

describe('EventStoreDbEventStore (its own rules, over an in-memory stand-in for the log stream)', () => {
  const stores: EventStore[] = [];
  const open = async (shared: InMemoryLogStream, pageSize?: number): Promise<EventStoreDbEventStore> => {
    const store = await EventStoreDbEventStore.over(shared, { pollIntervalMs, ...(pageSize ? { pageSize } : {}) });
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  const events = (count: number): NewEvent[] =>
    Array.from({ length: count }, (_, index) => ({ id: randomUUID(), type: 'Tested', data: { index } }));

  it('keeps a UUID event id as the EventStoreDB id and maps any other id to the same name-based UUID every time', () => {
    const uuid = randomUUID();
    expect(logEventId(uuid)).toBe(uuid);
    const mapped = logEventId('org/import/7');
    expect(mapped).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(logEventId('org/import/7')).toBe(mapped);
    expect(logEventId('org/import/8')).not.toBe(mapped);
  });

  it('stores a non-UUID id under its mapped EventStoreDB id and reads the original id back', async () => {
    const shared = new InMemoryLogStream();
    const store = await open(shared);
    await store.appendToStream('organisation', [{ id: 'import-1', type: 'Imported', data: {} }], {
      expectedRevision: 'no_stream',
    });
    const [entry] = await shared.read(0, 1);
    expect(entry!.eventId).toBe(logEventId('import-1'));
    expect((await store.readStream('organisation'))[0]!.id).toBe('import-1');
  });

  it('the global position is the log revision + 1, and the entry keeps the logical stream, revision and hashes', async () => {
    const shared = new InMemoryLogStream();
    const store = await open(shared);
    await store.appendToStream('a', events(2), { expectedRevision: 'no_stream' });
    await store.appendToStream('b', events(1), { expectedRevision: 'no_stream' });
    const [recorded] = await store.readStream('b');
    const [entry] = await shared.read(2, 1);
    expect(recorded!.position).toBe(3);
    expect(entry).toEqual({ ...toLogEntry(recorded!), revision: 2 });
  });

  it('an instance that missed other writers catches up, then decides the expectation on the current stream', async () => {
    const shared = new InMemoryLogStream();
    const mine = await open(shared);
    const theirs = await open(shared);
    await mine.appendToStream('s', events(1), { expectedRevision: 'no_stream' });
    await theirs.appendToStream('s', events(2), { expectedRevision: 0 });

    await expect(mine.appendToStream('s', events(1), { expectedRevision: 0 })).rejects.toMatchObject({
      constructor: WrongExpectedRevisionError,
      actual: 2,
    });
    const result = await mine.appendToStream('s', events(1), { expectedRevision: 2 });
    expect(result).toEqual({ nextExpectedRevision: 3, position: 4 });
  });

  it('a write that lost the race for the log end is decided again and lands after the winner', async () => {
    const shared = new InMemoryLogStream();
    const first = await open(shared);
    const second = await open(shared);
    const [a, b] = await Promise.all([
      first.appendToStream('one', events(3), { expectedRevision: 'any' }),
      second.appendToStream('two', events(3), { expectedRevision: 'any' }),
    ]);
    expect([a.position, b.position].sort()).toEqual([3, 6]);
    const all = await first.readAll();
    expect(all.map((event) => event.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads a logical stream whose events lie scattered over the log, by revision, in both directions', async () => {
    const shared = new InMemoryLogStream();
    const store = await open(shared, 3);
    const written: NewEvent[] = [];
    for (let round = 0; round < 5; round++) {
      const mine = events(2);
      written.push(...mine);
      await store.appendToStream('scattered', mine, { expectedRevision: round === 0 ? 'no_stream' : 'any' });
      await store.appendToStream(`other-${round}`, events(1), { expectedRevision: 'no_stream' });
    }
    const forwards = await store.readStream('scattered');
    expect(forwards.map((event) => event.id)).toEqual(written.map((event) => event.id));
    expect(forwards.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const backwards = await store.readStream('scattered', { direction: 'backwards', fromRevision: 6, maxCount: 4 });
    expect(backwards.map((event) => event.revision)).toEqual([6, 5, 4, 3]);
    expect(await store.readStream('scattered', { fromRevision: 8, maxCount: 5 })).toEqual(forwards.slice(8));
  });

  it('recordedAt never goes back in the log, even when this process clock is behind the last writer', async () => {
    const shared = new InMemoryLogStream();
    const ahead = new Date(Date.now() + 60 * 60_000).toISOString();
    await shared.append(
      [
        toLogEntry({
          ...{ id: randomUUID(), streamId: 'ahead', type: 'Tested', data: {}, metadata: {} },
          ...{ revision: 0, position: 1, recordedAt: ahead, hash: 'h', chainHash: 'c' },
        }),
      ],
      -1,
    );
    const store = await open(shared);
    await store.appendToStream('later', events(1), { expectedRevision: 'no_stream' });
    expect((await store.readStream('later'))[0]!.recordedAt).toBe(ahead);
  });

  it('refuses to open a log holding an entry it did not write, naming the revision', async () => {
    const shared = new InMemoryLogStream();
    await shared.append([{ eventId: randomUUID(), type: 'Foreign', data: {}, metadata: { by: 'someone' } }], -1);
    await expect(EventStoreDbEventStore.over(shared)).rejects.toThrow(/revision 0 .*not written by ledelsesrum/);
  });

  it('ping rejects while the server cannot be reached', async () => {
    const shared = new InMemoryLogStream();
    const store = await open(shared);
    shared.unreachable = true;
    await expect(store.ping()).rejects.toThrow(/ECONNREFUSED/);
  });
});
