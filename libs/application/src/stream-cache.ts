import type { Decider, DomainEvent } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { emptyStream, foldEvents, type FoldedStream } from './aggregate-stream';

/**
 * Streams as folded, kept in memory and brought up to date by reading only the events after the revision they were
 * folded to: streams only grow, so a cached fold plus the newer events is the whole fold. Keeps the most recently
 * used streams.
 */
export class StreamCache<Event extends DomainEvent, State> {
  private readonly folded = new Map<string, FoldedStream<State>>();

  constructor(
    private readonly store: EventStore,
    private readonly decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'evolveAll' | 'initialState'>,
    private readonly capacity = 200,
  ) {}

  /** The stream as far as this process knows it, without asking the store. */
  known(streamId: string): FoldedStream<State> {
    return this.folded.get(streamId) ?? emptyStream(this.decider.initialState);
  }

  /** The stream as stored now: the cached fold and every event recorded since. */
  async current(streamId: string): Promise<FoldedStream<State>> {
    const known = this.known(streamId);
    const newer = await this.store.readStream(streamId, { fromRevision: known.revision + 1 });
    return this.remember(streamId, foldEvents(this.decider, known, newer));
  }

  /** Records a fold this process made itself (after its own append). */
  remember(streamId: string, folded: FoldedStream<State>): FoldedStream<State> {
    this.folded.delete(streamId);
    this.folded.set(streamId, folded);
    if (this.folded.size > this.capacity) this.folded.delete(this.folded.keys().next().value as string);
    return folded;
  }
}
