import { evolveAll, type Decider, type DomainEvent } from '@ledelsesrum/domain';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';

/** A stream folded into its aggregate's state, with the idempotency keys its commands recorded. */
export interface FoldedStream<State> {
  readonly state: State;
  /** Revision of the last event folded; -1 for a stream with no events. */
  readonly revision: number;
  /** Grows only with recorded events, so one set is shared by a fold and the folds made from it. */
  readonly idempotencyKeys: Set<string>;
}

export function emptyStream<State>(initialState: State): FoldedStream<State> {
  return { state: initialState, revision: -1, idempotencyKeys: new Set() };
}

/** Folds recorded events onto `folded`: the one way a stream becomes state, for writers and readers alike. */
export function foldEvents<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'evolveAll'>,
  folded: FoldedStream<State>,
  events: readonly RecordedEvent[],
): FoldedStream<State> {
  if (events.length === 0) return folded;
  const keys = folded.idempotencyKeys;
  for (const event of events) {
    const key = event.metadata['idempotencyKey'];
    if (typeof key === 'string') keys.add(key);
  }
  const state = evolveAll(decider, folded.state, events as unknown as readonly Event[]);
  return { state, revision: events.at(-1)!.revision, idempotencyKeys: keys };
}

/** Reads a whole stream and folds it. */
export async function aggregateStream<Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'evolveAll' | 'initialState'>,
): Promise<FoldedStream<State>> {
  return foldEvents(decider, emptyStream(decider.initialState), await store.readStream(streamId));
}
