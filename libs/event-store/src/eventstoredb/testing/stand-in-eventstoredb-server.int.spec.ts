/**
 * The stand-in EventStoreDB server, driven by the real client library over gRPC: what passes here is what the client
 * sees, down to its own error classes. No EventStoreDB server can run on this machine, so this is the only check that
 * the stand-in keeps the server's semantics (revisions, conflicts, idempotent retries, reads, catch-up subscriptions).
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

describe('stand-in EventStoreDB server (the real @eventstore/db-client against an in-process stand-in; no server can run here)', () => {
  let server: StandInEventStoreDbServer;
  let client: EventStoreDBClient;

  beforeAll(async () => {
    server = await startStandInEventStoreDbServer();
    client = EventStoreDBClient.connectionString(server.connectionString);
  });

  afterAll(async () => {
    await client.dispose();
    await server.close();
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

  it('close() ends open subscriptions, and a client disposes cleanly with and after them', async () => {
    const other = await startStandInEventStoreDbServer();
    const otherClient = EventStoreDBClient.connectionString(other.connectionString);
    const stream = newStream();
    const subscription = otherClient.subscribeToStream(stream, { fromRevision: END });
    collect(subscription);
    const ended = once(subscription, 'end');
    await once(subscription, 'confirmation');

    await other.close();
    await ended;
    await otherClient.dispose();
    await other.close(); // a second close is a no-op

    // A client disposed while its subscription is still open, on the shared server.
    const disposing = EventStoreDBClient.connectionString(server.connectionString);
    const open = disposing.subscribeToStream(stream, { fromRevision: END });
    collect(open);
    await once(open, 'confirmation');
    await disposing.dispose();
  });
});
