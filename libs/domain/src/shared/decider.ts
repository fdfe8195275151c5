import type { CommandContext, DomainEvent } from './domain-event';

/**
 * One aggregate's rules as three things (after Emmett's decider): `decide` turns a command and the current state into
 * the events to record, or throws a DomainError; `evolve` folds one event into the state; `initialState` is the state
 * of a stream with no events. The application layer, the read models and the auditor's replay all fold with the same
 * `evolve`, so they cannot drift apart.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  readonly decide: (command: Command, state: State, context: CommandContext) => Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
  /**
   * Folds many events at once, with the same result as `events.reduce(evolve, state)`; for an aggregate whose evolve
   * copies large records, a fold of thousands of events stays linear.
   */
  readonly evolveAll?: (state: State, events: readonly Event[]) => State;
}

/** Folds `events` onto `state` with the decider's `evolveAll` when it has one, else event by event. */
export function evolveAll<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'evolveAll'>,
  state: State,
  events: readonly Event[],
): State {
  return decider.evolveAll ? decider.evolveAll(state, events) : events.reduce(decider.evolve, state);
}
