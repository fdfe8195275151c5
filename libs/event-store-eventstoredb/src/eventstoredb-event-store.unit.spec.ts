import { randomUUID } from 'node:crypto';
import {
  DuplicateEventIdError,
  WrongExpectedRevisionError,
  type EventStore,
  type NewEvent,
} from '@ledelsesrum/event-store';
import { runEventStoreConformance } from '@ledelsesrum/event-store/conformance';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { logEventId, toLogEntry } from './log-entry';
import type { LogAppendOutcome, LogEntryToWrite } from './log-stream.port';
import { InMemoryLogStream } from './testing/in-memory-log-stream';

// The adapter's own rules (index, expectations, retries, hashes, subscriptions) over an in-memory stand-in for the
// EventStoreDB stream: no server can run here. The same suite runs through the real client in the .int.spec.ts.
let log: InMemoryLogStream;

/** The stand-in, recording every append's outcome and able to run something just before the next append lands. */
class WatchedLogStream extends InMemoryLogStream {
  readonly outcomes: LogAppendOutcome['kind'][] = [];
  beforeNextAppend: (() => Promise<void>) | undefined;

  override async append(entries: readonly LogEntryToWrite[], expectedRevision: number): Promise<LogAppendOutcome> {
    const before = this.beforeNextAppend;
    this.beforeNextAppend = undefined;
    await before?.();
    const outcome = await super.append(entries, expectedRevision);
    this.outcomes.push(outcome.kind);
    return outcome;
  }
}
const pollIntervalMs = 20;

runEventStoreConformance('EventStoreDbEventStore (in-memory stand-in for the EventStoreDB log stream)', {
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
    const shared = new WatchedLogStream();
    const first = await open(shared);
    const second = await open(shared);
    const [a, b] = await Promise.all([
      first.appendToStream('one', events(3), { expectedRevision: 'any' }),
      second.appendToStream('two', events(3), { expectedRevision: 'any' }),
    ]);
    expect([a.position, b.position].sort()).toEqual([3, 6]);
    expect(shared.outcomes).toEqual(['appended', 'conflict', 'appended']);
    const all = await first.readAll();
    expect(all.map((event) => event.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('an id another process stored in another stream at that very moment is a DuplicateEventIdError, not a success', async () => {
    const shared = new WatchedLogStream();
    const mine = await open(shared);
    const theirs = await open(shared);
    const [event] = events(1);
    // Between my decision and my append, they store the same id in another stream at the position I aim for, so
    // the stand-in (as EventStoreDB) deduplicates my append and answers success.
    shared.beforeNextAppend = async () => {
      await theirs.appendToStream('theirs', [event!], { expectedRevision: 'no_stream' });
    };
    await expect(mine.appendToStream('mine', [event!], { expectedRevision: 'no_stream' })).rejects.toThrow(
      DuplicateEventIdError,
    );
    expect(await mine.readStream('mine')).toEqual([]);
    expect((await mine.readStream('theirs')).map((stored) => stored.id)).toEqual([event!.id]);
  });

  it('gives up with an error naming the stream after 100 conflicts in a row, instead of retrying for ever', async () => {
    class AlwaysTaken extends InMemoryLogStream {
      override async append(): Promise<LogAppendOutcome> {
        return { kind: 'conflict', currentRevision: 0 };
      }
    }
    const store = await open(new AlwaysTaken());
    await expect(store.appendToStream('busy', events(1), { expectedRevision: 'any' })).rejects.toThrow(
      /busy gave up after 100 collisions/,
    );
  });

  it('reads fractional and negative positions and revisions as the SQL stores compare them', async () => {
    const store = await open(new InMemoryLogStream());
    await store.appendToStream('s', events(4), { expectedRevision: 'no_stream' });
    const positions = async (after: number) => (await store.readAll({ afterPosition: after })).map((e) => e.position);
    expect(await positions(-3)).toEqual([1, 2, 3, 4]);
    expect(await positions(2.5)).toEqual([3, 4]);
    const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
      (await store.readStream('s', options)).map((event) => event.revision);
    expect(await revisions({ fromRevision: 1.5 })).toEqual([2, 3]);
    expect(await revisions({ fromRevision: -2 })).toEqual([0, 1, 2, 3]);
    expect(await revisions({ direction: 'backwards', fromRevision: 1.5 })).toEqual([1, 0]);
    expect(await revisions({ direction: 'backwards', fromRevision: -1 })).toEqual([]);
  });

  it('refuses every call once closed', async () => {
    const store = await EventStoreDbEventStore.over(new InMemoryLogStream());
    await store.close();
    await expect(store.appendToStream('s', events(1), { expectedRevision: 'any' })).rejects.toThrow(/closed/);
    await expect(store.readStream('s')).rejects.toThrow(/closed/);
    await expect(store.readAll()).rejects.toThrow(/closed/);
    expect(() => store.subscribeToAll({ onEvent: () => undefined })).toThrow(/closed/);
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
