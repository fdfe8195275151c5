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
}
