import type { Decider, DomainEvent } from '@ledelsesrum/domain';
import { evolveAll, isDomainError } from '@ledelsesrum/domain';
import { WrongExpectedRevisionError, type EventStore, type NewEvent } from '@ledelsesrum/event-store';
import type { FoldedStream } from './aggregate-stream';
import { eventMetadata, type CommandOrigin } from './command-origin';
import { commandSizeLimit, CommandTooLargeError, recordedBytes } from './command-size';
import { ConcurrencyExhaustedError } from './errors';
import { eventIds } from './event-ids';
import { StreamCache } from './stream-cache';

/** A command, or how to build it from the current state (e.g. sealing personal data against what is stored). */
export type CommandInput<Command, State> = Command | ((state: State) => Command | Promise<Command>);

/** What a command did to its stream. */
export interface CommandOutcome<Event, State> {
  /** The stream's state right after the command's events (for a repeated command: as the stream stands). */
  readonly state: State;
  /** The stream's revision right after the command's events: a reader that has it sees the command's effect. */
  readonly revision: number;
  /** The events the command recorded: none when it was repeated, or changed nothing. */
  readonly events: readonly Event[];
  /** The command's idempotency key was recorded before: nothing new was stored. */
  readonly repeated: boolean;
}

export interface CommandHandlerOptions {
  readonly clock?: () => Date;
  /** Reloads and decides again this many times when another process appended first, then gives up. */
  readonly maxAttempts?: number;
  /** Commands for one stream decided together and stored in one append. */
  readonly maxBatch?: number;
  /** Streams kept folded in memory. */
  readonly cacheSize?: number;
  /** The most a command of a type may record, in bytes (see command-size.ts); beyond it, CommandTooLargeError. */
  readonly maxCommandBytes?: (commandType: string) => number;
}

interface Pending<Command, Event, State> {
  readonly command: CommandInput<Command, State>;
  readonly origin: CommandOrigin;
  readonly resolve: (outcome: CommandOutcome<Event, State>) => void;
  readonly reject: (error: unknown) => void;
}

interface Decision<Event, State> {
  readonly events: NewEvent[];
  readonly results: (CommandOutcome<Event, State> | { readonly error: unknown })[];
  readonly state: State;
  readonly newKeys: string[];
}

/**
 * The one way a command is handled, for every aggregate: the stream's state comes from a cache that catches up from
 * its revision; the pure `decide` returns the events; they are appended with the revision they were decided on, and
 * stamped with the command's origin. Commands for one stream that arrive while an append is under way wait, and are
 * then decided in arrival order and stored together in one append. When another process appended first, the stream
 * is reloaded and the batch decided again, a bounded number of times.
 */
export class CommandHandler<Command extends { readonly type: string }, Event extends DomainEvent, State> {
  private readonly cache: StreamCache<Event, State>;
  private readonly queues = new Map<string, Pending<Command, Event, State>[]>();
  private readonly clock: () => Date;
  private readonly maxAttempts: number;
  private readonly maxBatch: number;
  private readonly maxCommandBytes: (commandType: string) => number;

  constructor(
    private readonly store: EventStore,
    private readonly decider: Decider<Command, Event, State>,
    options: CommandHandlerOptions = {},
  ) {
    this.cache = new StreamCache(store, decider, options.cacheSize);
    this.clock = options.clock ?? (() => new Date());
    this.maxAttempts = options.maxAttempts ?? 10;
    this.maxBatch = options.maxBatch ?? 500;
    this.maxCommandBytes = options.maxCommandBytes ?? commandSizeLimit;
  }

  /** Decides and stores one command; rejects with the DomainError of a broken rule, and stores nothing then. */
  execute(
    streamId: string,
    command: CommandInput<Command, State>,
    origin: CommandOrigin,
  ): Promise<CommandOutcome<Event, State>> {
    return new Promise((resolve, reject) => {
      const pending = { command, origin, resolve, reject };
      const queue = this.queues.get(streamId);
      if (queue) {
        queue.push(pending);
        return;
      }
      const fresh = [pending];
      this.queues.set(streamId, fresh);
      void this.drain(streamId, fresh);
    });
  }

  /** The stream as stored now (the cache and whatever other processes appended since). */
  current(streamId: string): Promise<FoldedStream<State>> {
    return this.cache.current(streamId);
  }

  private async drain(streamId: string, queue: Pending<Command, Event, State>[]): Promise<void> {
    try {
      while (queue.length > 0) {
        // An append is synchronous in the embedded store: the requests that came in with this one are still being
        // read. Waiting one turn of the event loop lets them join, so a busy stream stores many commands per append.
        await new Promise((resolve) => setImmediate(resolve));
        await this.runBatch(streamId, queue.splice(0, this.maxBatch));
      }
    } finally {
      this.queues.delete(streamId);
    }
  }

  private async runBatch(streamId: string, batch: Pending<Command, Event, State>[]): Promise<void> {
    try {
      let folded = this.cache.known(streamId);
      // A rule broken against a cached state may hold against the stored one (another process moved the stream on,
      // or recorded the very same command): a batch with a refusal is decided once more on the stream as stored.
      let fresh = folded.revision < 0;
      if (fresh) folded = await this.cache.current(streamId);
      for (let attempt = 1; ; attempt += 1) {
        const decision = await this.decide(streamId, batch, folded);
        if (!fresh && decision.results.some((result) => 'error' in result && isDomainError(result.error))) {
          folded = await this.cache.current(streamId);
          fresh = true;
          continue;
        }
        if (decision.events.length > 0) {
          try {
            await this.store.appendToStream(streamId, decision.events, {
              expectedRevision: folded.revision < 0 ? 'no_stream' : folded.revision,
            });
          } catch (error) {
            if (!(error instanceof WrongExpectedRevisionError)) throw error;
            if (attempt >= this.maxAttempts) throw new ConcurrencyExhaustedError(streamId, attempt);
            await pause(attempt);
            folded = await this.cache.current(streamId);
            fresh = true;
            continue;
          }
          decision.newKeys.forEach((key) => folded.idempotencyKeys.add(key));
          this.cache.remember(streamId, {
            state: decision.state,
            revision: folded.revision + decision.events.length,
            idempotencyKeys: folded.idempotencyKeys,
          });
        }
        decision.results.forEach((result, index) =>
          'error' in result ? batch[index]!.reject(result.error) : batch[index]!.resolve(result),
        );
        return;
      }
    } catch (error) {
      batch.forEach((pending) => pending.reject(error));
    }
  }

  /** Decides the batch in arrival order, each command on the state the ones before it left. */
  private async decide(
    streamId: string,
    batch: readonly Pending<Command, Event, State>[],
    folded: FoldedStream<State>,
  ): Promise<Decision<Event, State>> {
    const now = this.clock().toISOString();
    let { state, revision } = folded;
    const events: NewEvent[] = [];
    const results: Decision<Event, State>['results'] = [];
    const newKeys: string[] = [];
    for (const { command, origin } of batch) {
      const key = origin.idempotencyKey;
      if (key !== undefined && (folded.idempotencyKeys.has(key) || newKeys.includes(key))) {
        results.push({ state, revision, events: [], repeated: true });
        continue;
      }
      try {
        const built = typeof command === 'function' ? await command(state) : command;
        const decided = this.decider.decide(built, state, { actorId: origin.actorId, now });
        const ids = eventIds(streamId, key, decided.length);
        const metadata = eventMetadata(origin, built.type, now);
        const recorded = decided.map((event, index) => ({
          id: ids[index]!,
          type: event.type,
          data: event.data,
          metadata,
        }));
        const bytes = recordedBytes(recorded);
        const limit = this.maxCommandBytes(built.type);
        if (bytes > limit) throw new CommandTooLargeError(built.type, bytes, limit);
        events.push(...recorded);
        state = evolveAll(this.decider, state, decided);
        revision += decided.length;
        if (key !== undefined && decided.length > 0) newKeys.push(key);
        results.push({ state, revision, events: decided, repeated: false });
      } catch (error) {
        results.push({ error });
      }
    }
    return { events, results, state, newKeys };
  }
}

/** A short, growing, jittered pause before deciding again, so two racing writers do not keep colliding. */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
}
