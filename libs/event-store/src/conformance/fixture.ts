/** What the conformance suite's topics share: the test's stores and subscriptions, and small helpers. */
import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';

export interface EventStoreConformanceFactory {
  /** A fresh, empty store for one test; the suite closes it after the test. */
  open(): Promise<EventStore>;
  /**
   * A second, independent connection to the store the latest `open()` returned (another client, pool or file
   * handle); the suite closes it too. Without it, the tests that need two connections are skipped.
   */
  openAnotherConnection?(): Promise<EventStore>;
}

/** What arrived through a subscription the test follows. */
export interface Followed {
  readonly delivered: RecordedEvent[];
  readonly errors: unknown[];
  readonly subscription: Subscription;
}

/** The current test's store and what the topics may ask of it; everything opened here is closed after the test. */
export interface ConformanceContext {
  /** The fresh store of the current test. */
  store(): EventStore;
  readonly hasAnotherConnection: boolean;
  /** A second connection to the current test's store (only with `hasAnotherConnection`). */
  anotherConnection(): Promise<EventStore>;
  /** `it` when a second connection can be opened, `it.skip` otherwise. */
  readonly withTwoConnections: jest.It;
  /** Subscribes and records what arrives; the subscription is stopped after the test. */
  follow(target: EventStore, options?: Partial<SubscribeOptions>): Followed;
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
export const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export const streamName = (label: string): string => `${label}-${randomUUID()}`;

export const newEvent = (data: unknown = { value: randomUUID() }, metadata?: Record<string, unknown>): NewEvent => ({
  id: randomUUID(),
  type: 'SomethingHappened',
  data,
  ...(metadata === undefined ? {} : { metadata }),
});

export const newEvents = (count: number): NewEvent[] =>
  Array.from({ length: count }, (_, index) => newEvent({ index }));

export const ids = (events: readonly { readonly id: string }[]): string[] => events.map((event) => event.id);

/** Resolves to what the promise rejected with, failing the test if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`Expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

export async function expectWrongExpectedRevision(
  promise: Promise<unknown>,
  fields: { streamId: string; expected: ExpectedRevision; actual: number },
): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject(fields);
}

export function expectStrictlyIncreasingPositions(events: readonly RecordedEvent[]): void {
  events.slice(1).forEach((event, index) => expect(event.position).toBeGreaterThan(events[index]!.position));
}

/** Appends one event at the stream's current end, reading the end again after every conflict. */
export async function appendWithRetry(store: EventStore, streamId: string, event: NewEvent): Promise<AppendResult> {
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
