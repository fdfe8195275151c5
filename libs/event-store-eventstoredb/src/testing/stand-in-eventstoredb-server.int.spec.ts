/**
 * The stand-in EventStoreDB server, driven by the real client library over gRPC: what passes here is what the client
 * sees, down to its own error classes. No EventStoreDB server can run on this machine, so this is the only check that
 * the stand-in keeps the server's semantics (revisions, conflicts, idempotent retries, reads, catch-up subscriptions).
 * Everything runs on both append paths: BatchAppend (advertised through ServerFeatures, as servers since 21.10 do) and
 * the older Append the client falls back to without ServerFeatures.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type ReadStreamOptions,
  type ResolvedEvent,
  type StreamSubscription,
} from '@eventstore/db-client';
import { startStandInEventStoreDbServer, type StandInEventStoreDbServer } from './stand-in-eventstoredb-server';

const newStream = (): string => `stand-in-${randomUUID()}`;
const planned = (title: string) => jsonEvent({ type: 'MeetingPlanned', data: { title } });
/**
 * Events of about 1 KiB each: appended with `batchAppendSize: CHUNK_SIZE`, the client sends each in a request of its
 * own (it starts a new request when the next event would take the current one to batchAppendSize or more).
 */
const bigEvents = (count: number) =>
  Array.from({ length: count }, (_, index) => planned(`${index} ${'.'.repeat(1000)}`));
const CHUNK_SIZE = 1500;

/** Everything a read returns, or its error. */
async function readAll(
  client: EventStoreDBClient,
  stream: string,
  options?: ReadStreamOptions,
): Promise<ResolvedEvent[]> {
  const events: ResolvedEvent[] = [];
  for await (const resolved of client.readStream(stream, options)) events.push(resolved);
  return events;
}

const idsOf = (events: readonly ResolvedEvent[]): (string | undefined)[] =>
  events.map((resolved) => resolved.event?.id);

/**
 * Collects a subscription's events as they arrive; `until(n)` resolves once n have (a test that never gets them fails
 * on Jest's timeout). Listening to 'data' also keeps the subscription flowing, so that it can end.
 */
function collect(subscription: StreamSubscription): {
  readonly events: ResolvedEvent[];
  until(count: number): Promise<ResolvedEvent[]>;
} {
  const events: ResolvedEvent[] = [];
  const waiting = new Set<() => void>();
  subscription.on('data', (resolved: ResolvedEvent) => {
    events.push(resolved);
    for (const check of [...waiting]) check();
  });
  return {
    events,
    until: (count) =>
      new Promise((resolve) => {
        const check = (): void => {
          if (events.length < count) return;
          waiting.delete(check);
          resolve(events);
        };
        waiting.add(check);
        check();
      }),
  };
}

describe.each(['batch', 'legacy'] as const)(
  'stand-in EventStoreDB server, %s append path (the real @eventstore/db-client against an in-process stand-in; no server can run here)',
  (appendPath) => {
    let server: StandInEventStoreDbServer;
    let client: EventStoreDBClient;

    beforeAll(async () => {
      server = await startStandInEventStoreDbServer({ appendPath });
      client = EventStoreDBClient.connectionString(server.connectionString);
    });

    afterAll(async () => {
      await client.dispose();
      await server.close();
    });

    it('appends through its path: BatchAppend on one long-lived call, or Append once per append', async () => {
      const before = server.calls;
      const stream = newStream();
      await client.appendToStream(stream, planned('a'), { expectedRevision: NO_STREAM });
      // Concurrent appends: on the batch path they share the call, and each answer must reach its own append.
      const [one, three, two] = [newStream(), newStream(), newStream()];
      const results = await Promise.all([
        client.appendToStream(one, planned('one'), { expectedRevision: NO_STREAM }),
        client.appendToStream(three, [planned('1'), planned('2'), planned('3')], { expectedRevision: NO_STREAM }),
        client.appendToStream(two, [planned('1'), planned('2')], { expectedRevision: ANY }),
      ]);
      expect(results.map((result) => result.nextExpectedRevision)).toEqual([0n, 2n, 1n]);
      const racing = await Promise.allSettled([
        client.appendToStream(stream, planned('b'), { expectedRevision: 0n }),
        client.appendToStream(stream, planned('c'), { expectedRevision: 0n }),
      ]);
      expect(racing.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(racing.find((result) => result.status === 'rejected')).toMatchObject({
        reason: expect.objectContaining({ streamName: stream, expectedVersion: 0n, actualVersion: 1n }),
      });

      const after = server.calls;
      const sent = {
        append: after.append - before.append,
        requests: after.batchAppendRequests - before.batchAppendRequests,
      };
      expect(sent).toEqual(appendPath === 'batch' ? { append: 0, requests: 6 } : { append: 6, requests: 0 });
      // The client opens one BatchAppend call per connection and keeps it; this is the suite's only connection.
      expect(after.batchAppend).toBe(appendPath === 'batch' ? 1 : 0);
    });

    it('appends and reads back JSON data and metadata, ids, types, revisions, positions and creation time', async () => {
      const stream = newStream();
      const first = jsonEvent({
        type: 'MeetingPlanned',
        data: { title: 'Ledelsesmøde', seats: 7, agenda: ['budget', 'hiring'] },
        metadata: { correlationId: 'c-1', actor: { id: 42 } },
      });
      const second = jsonEvent({ type: 'MeetingHeld', data: { minutes: null } });

      const appended = await client.appendToStream(stream, [first, second], { expectedRevision: NO_STREAM });
      expect(appended).toMatchObject({ success: true, nextExpectedRevision: 1n });
      const third = planned('next');
      const next = await client.appendToStream(stream, third, { expectedRevision: 1n });
      expect(next.nextExpectedRevision).toBe(2n);
      expect(next.position?.commit).toBeGreaterThan(appended.position?.commit ?? Infinity);

      const events = await readAll(client, stream);
      expect(events.map((resolved) => resolved.event)).toEqual([
        expect.objectContaining({
          streamId: stream,
          id: first.id,
          type: 'MeetingPlanned',
          revision: 0n,
          isJson: true,
          data: { title: 'Ledelsesmøde', seats: 7, agenda: ['budget', 'hiring'] },
          metadata: { correlationId: 'c-1', actor: { id: 42 } },
        }),
        expect.objectContaining({ id: second.id, type: 'MeetingHeld', revision: 1n, data: { minutes: null } }),
        expect.objectContaining({ id: third.id, revision: 2n, data: { title: 'next' } }),
      ]);
      // No metadata sent, none read back (the client reads empty custom metadata as undefined).
      expect(events[1]?.event?.metadata).toBeUndefined();
      // The position of the last event is the one the append answered; positions grow along the log.
      expect(events[2]?.event?.position).toEqual(next.position);
      expect(events[2]?.commitPosition).toBe(next.position?.commit);
      const commits = events.map((resolved) => resolved.event?.position?.commit ?? -1n);
      expect([...commits].sort((a, b) => (a < b ? -1 : 1))).toEqual(commits);
      for (const resolved of events) {
        expect(Math.abs((resolved.event?.created.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
      }
    });

    it('rejects no_stream on a stream that exists with WrongExpectedVersionError', async () => {
      const stream = newStream();
      await client.appendToStream(stream, planned('first'), { expectedRevision: NO_STREAM });

      const second = client.appendToStream(stream, planned('second'), { expectedRevision: NO_STREAM });
      await expect(second).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(second).rejects.toMatchObject({ streamName: stream, expectedVersion: NO_STREAM, actualVersion: 0n });
      expect(await readAll(client, stream)).toHaveLength(1);
    });

    it('rejects a stale revision, and stream_exists on a missing stream, with WrongExpectedVersionError', async () => {
      const stream = newStream();
      await client.appendToStream(stream, [planned('a'), planned('b')], { expectedRevision: NO_STREAM });

      const stale = client.appendToStream(stream, planned('late'), { expectedRevision: 0n });
      await expect(stale).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(stale).rejects.toMatchObject({ expectedVersion: 0n, actualVersion: 1n });
      const ahead = client.appendToStream(stream, planned('early'), { expectedRevision: 5n });
      await expect(ahead).rejects.toMatchObject({ expectedVersion: 5n, actualVersion: 1n });
      expect(idsOf(await readAll(client, stream))).toHaveLength(2);

      const missing = client.appendToStream(newStream(), planned('x'), { expectedRevision: STREAM_EXISTS });
      await expect(missing).rejects.toMatchObject({ expectedVersion: STREAM_EXISTS, actualVersion: NO_STREAM });
    });

    it('answers a retry with the same ids and expected revision as a success, without writing twice', async () => {
      const stream = newStream();
      const batch = [planned('a'), planned('b')];
      const later = planned('c');
      await client.appendToStream(stream, batch, { expectedRevision: NO_STREAM });
      await client.appendToStream(stream, later, { expectedRevision: 1n });

      // The same appends again, as a client would retry after losing the answers.
      const retriedBatch = await client.appendToStream(stream, batch, { expectedRevision: NO_STREAM });
      expect(retriedBatch).toMatchObject({ success: true, nextExpectedRevision: 1n });
      const retriedLater = await client.appendToStream(stream, later, { expectedRevision: 1n });
      expect(retriedLater).toMatchObject({ success: true, nextExpectedRevision: 2n });
      // With `any`, the server recognises events it already has by their ids.
      const retriedAny = await client.appendToStream(stream, later, { expectedRevision: ANY });
      expect(retriedAny.nextExpectedRevision).toBe(2n);

      expect(idsOf(await readAll(client, stream))).toEqual([batch[0]?.id, batch[1]?.id, later.id]);
      // Same expected revision but other ids: a real conflict, not a retry.
      await expect(client.appendToStream(stream, planned('other'), { expectedRevision: 1n })).rejects.toBeInstanceOf(
        WrongExpectedVersionError,
      );
    });

    it('reads backwards from the end, forwards from a revision, and counts', async () => {
      const stream = newStream();
      const written = [planned('0'), planned('1'), planned('2')];
      await client.appendToStream(stream, written, { expectedRevision: NO_STREAM });

      const last = await readAll(client, stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
      expect(last.map((resolved) => [resolved.event?.id, resolved.event?.revision])).toEqual([[written[2]?.id, 2n]]);
      expect(idsOf(await readAll(client, stream, { direction: BACKWARDS, fromRevision: 1n }))).toEqual([
        written[1]?.id,
        written[0]?.id,
      ]);
      expect(idsOf(await readAll(client, stream, { direction: FORWARDS, fromRevision: 1n, maxCount: 1 }))).toEqual([
        written[1]?.id,
      ]);
      expect(await readAll(client, stream, { direction: FORWARDS, fromRevision: END })).toEqual([]);
    });

    it('throws StreamNotFoundError when reading a stream that does not exist', async () => {
      const stream = newStream();
      await expect(readAll(client, stream)).rejects.toBeInstanceOf(StreamNotFoundError);
      await expect(readAll(client, stream, { direction: BACKWARDS, fromRevision: END })).rejects.toMatchObject({
        streamName: stream,
      });
    });

    it('subscribes from END: only events appended after subscribing arrive, live', async () => {
      const stream = newStream();
      await client.appendToStream(stream, [planned('old 0'), planned('old 1')], { expectedRevision: NO_STREAM });

      const subscription = client.subscribeToStream(stream, { fromRevision: END });
      const received = collect(subscription);
      await once(subscription, 'confirmation');
      const newer = planned('new 2');
      const newest = planned('new 3');
      await client.appendToStream(stream, newer, { expectedRevision: 1n });
      await received.until(1);
      await client.appendToStream(stream, newest, { expectedRevision: 2n });

      const events = await received.until(2);
      expect(events.map((resolved) => [resolved.event?.id, resolved.event?.revision])).toEqual([
        [newer.id, 2n],
        [newest.id, 3n],
      ]);
      await subscription.unsubscribe();
    });

    it('subscribes from a revision: the stored events after it, then live ones, in order', async () => {
      const stream = newStream();
      const stored = [planned('0'), planned('1'), planned('2')];
      await client.appendToStream(stream, stored, { expectedRevision: NO_STREAM });

      const subscription = client.subscribeToStream(stream, { fromRevision: 0n });
      const received = collect(subscription);
      const caughtUp = once(subscription, 'caughtUp');
      await received.until(2);
      await caughtUp;
      const live = planned('3');
      await client.appendToStream(stream, live, { expectedRevision: 2n });

      const events = await received.until(3);
      expect(events.map((resolved) => [resolved.event?.id, resolved.event?.revision])).toEqual([
        [stored[1]?.id, 1n],
        [stored[2]?.id, 2n],
        [live.id, 3n],
      ]);
      expect(events[2]?.event?.data).toEqual({ title: '3' });
      await subscription.unsubscribe();
    });

    it('waits on a stream that does not exist yet, from END or a revision past its end, and outlives an unsubscribe', async () => {
      const stream = newStream();
      const gone = client.subscribeToStream(stream, { fromRevision: END });
      collect(gone);
      await once(gone, 'confirmation');
      await gone.unsubscribe();

      const subscription = client.subscribeToStream(stream, { fromRevision: END });
      const received = collect(subscription);
      // From a revision the stream has not reached yet: only what comes after it, once it is written.
      const afterOne = client.subscribeToStream(stream, { fromRevision: 1n });
      const receivedAfterOne = collect(afterOne);
      await Promise.all([once(subscription, 'confirmation'), once(afterOne, 'confirmation')]);
      const first = planned('first');
      await client.appendToStream(stream, first, { expectedRevision: NO_STREAM });
      expect(idsOf(await received.until(1))).toEqual([first.id]);
      const more = [planned('second'), planned('third')];
      await client.appendToStream(stream, more, { expectedRevision: 0n });
      await received.until(3);
      expect(idsOf(await receivedAfterOne.until(1))).toEqual([more[1]?.id]);
      await Promise.all([subscription.unsubscribe(), afterOne.unsubscribe()]);
    });

    it('endSubscriptions() ends open subscriptions cleanly and keeps serving: a new subscription gets live events', async () => {
      const stream = newStream();
      await client.appendToStream(stream, planned('before'), { expectedRevision: NO_STREAM });
      const dropped = client.subscribeToStream(stream, { fromRevision: END });
      collect(dropped);
      const errors: unknown[] = [];
      dropped.on('error', (error: unknown) => errors.push(error));
      const endedAndClosed = Promise.all([once(dropped, 'end'), once(dropped, 'close')]);
      await once(dropped, 'confirmation');
      const before = server.calls;

      server.endSubscriptions();
      await endedAndClosed;
      expect(errors).toEqual([]); // status OK: an end, not a failure

      // What a client does next: subscribe again, on the same connection.
      const again = client.subscribeToStream(stream, { fromRevision: 0n });
      const received = collect(again);
      await once(again, 'confirmation');
      const after = planned('after');
      await client.appendToStream(stream, after, { expectedRevision: 0n });
      expect(idsOf(await received.until(1))).toEqual([after.id]);
      // Only subscriptions end: the append went through the call the client already had open.
      expect(server.calls.batchAppend).toBe(before.batchAppend);
      await again.unsubscribe();
    });

    it('close() ends open subscriptions and BatchAppend calls, and a client disposes cleanly with and after them', async () => {
      const other = await startStandInEventStoreDbServer({ appendPath });
      const otherClient = EventStoreDBClient.connectionString(other.connectionString);
      const stream = newStream();
      // On the batch path this leaves the client's BatchAppend call open, as it stays until the client disposes.
      await otherClient.appendToStream(stream, planned('first'), { expectedRevision: NO_STREAM });
      const subscription = otherClient.subscribeToStream(stream, { fromRevision: END });
      collect(subscription);
      const ended = once(subscription, 'end');
      await once(subscription, 'confirmation');

      const closing = Date.now();
      await other.close();
      await ended;
      // Well under the 2 s after which close() cuts connections whose calls have not finished.
      expect(Date.now() - closing).toBeLessThan(1500);
      await otherClient.dispose();
      await other.close(); // a second close is a no-op

      // A client disposed while its subscription is still open, on the shared server.
      const disposing = EventStoreDBClient.connectionString(server.connectionString);
      const open = disposing.subscribeToStream(stream, { fromRevision: END });
      collect(open);
      await once(open, 'confirmation');
      await disposing.dispose();
    });
  },
);

describe('stand-in EventStoreDB server, batch append path: appends the client splits into several requests', () => {
  let server: StandInEventStoreDbServer;
  let client: EventStoreDBClient;

  beforeAll(async () => {
    server = await startStandInEventStoreDbServer({ appendPath: 'batch' });
    client = EventStoreDBClient.connectionString(server.connectionString);
  });

  afterAll(async () => {
    await client.dispose();
    await server.close();
  });

  it('decides a chunked append as one write when its final request arrives: written whole, retried whole, or refused whole', async () => {
    const stream = newStream();
    const first = planned('first');
    await client.appendToStream(stream, first, { expectedRevision: NO_STREAM });
    const big = bigEvents(5);

    const before = server.calls.batchAppendRequests;
    // One expected revision for the whole append: written chunk by chunk, the second chunk would already conflict.
    const written = await client.appendToStream(stream, big, { expectedRevision: 0n, batchAppendSize: CHUNK_SIZE });
    expect(server.calls.batchAppendRequests - before).toBe(big.length);
    expect(written).toMatchObject({ success: true, nextExpectedRevision: 5n });
    const events = await readAll(client, stream);
    expect(idsOf(events)).toEqual([first.id, ...big.map((event) => event.id)]);
    expect(events[5]?.event?.position).toEqual(written.position);
    // Nothing else came between its events in the log.
    const commits = events.slice(1).map((resolved) => resolved.event?.position?.commit ?? -1n);
    expect(commits).toEqual(commits.map((_, index) => (commits[0] ?? -1n) + BigInt(index)));

    // A retry is recognised by all its ids, across chunks.
    const retried = await client.appendToStream(stream, big, { expectedRevision: 0n, batchAppendSize: CHUNK_SIZE });
    expect(retried.nextExpectedRevision).toBe(5n);
    // A conflict refuses every chunk, not only the first.
    const stale = client.appendToStream(stream, bigEvents(3), { expectedRevision: 0n, batchAppendSize: CHUNK_SIZE });
    await expect(stale).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(stale).rejects.toMatchObject({ streamName: stream, expectedVersion: 0n, actualVersion: 5n });
    expect(await readAll(client, stream)).toHaveLength(6);
  });

  it('keeps chunked appends that share the one BatchAppend call apart by correlation id', async () => {
    const streams = [newStream(), newStream(), newStream()];
    const batches = [bigEvents(3), bigEvents(4), [planned('small')]];
    const before = server.calls;

    const results = await Promise.all(
      streams.map((stream, index) =>
        client.appendToStream(stream, batches[index] ?? [], {
          expectedRevision: NO_STREAM,
          batchAppendSize: CHUNK_SIZE,
        }),
      ),
    );
    expect(results.map((result) => result.nextExpectedRevision)).toEqual([2n, 3n, 0n]);
    for (const [index, stream] of streams.entries()) {
      expect(idsOf(await readAll(client, stream))).toEqual(batches[index]?.map((event) => event.id));
    }
    expect(server.calls.batchAppendRequests - before.batchAppendRequests).toBe(3 + 4 + 1);
    expect(server.calls.append).toBe(before.append);
  });
});
