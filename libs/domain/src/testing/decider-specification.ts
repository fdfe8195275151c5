import { DomainError, type DomainErrorCode } from '../shared/domain-error';

/**
 * A given/when/then harness for a decider, after Emmett's `DeciderSpecification`:
 *
 *   spec.given(events).when(command, context?).then(expectedEvents)
 *   spec.given(events).when(command, context?).thenThrows(code, details?)
 *
 * `decide` is the adapter `(command, state, context) => events`: `decideCycle` fits as it is, and so does
 * `decideOrganisation`, which simply ignores the context. `defaultContext` is used when `when` gets none.
 */
export interface Decider<Command, State, Event, Context> {
  readonly decide: (command: Command, state: State, context: Context) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
  readonly defaultContext?: Context;
}

export function deciderSpecification<Command, State, Event, Context = undefined>(
  decider: Decider<Command, State, Event, Context>,
) {
  return {
    given: (events: readonly Event[]) => ({
      when: (command: Command, context: Context | undefined = decider.defaultContext) => {
        const run = (): readonly Event[] =>
          decider.decide(command, events.reduce(decider.evolve, decider.initialState), context as Context);
        return {
          /** The command records exactly these events, in this order (strict: no extra or undefined fields). */
          then(expected: readonly Event[]): void {
            expect(run()).toStrictEqual(expected);
          },
          /** The command is rejected with this DomainError code and, if given, details equal to (or matching) these. */
          thenThrows(code: DomainErrorCode, details?: Readonly<Record<string, unknown>>): void {
            let recorded: readonly Event[];
            try {
              recorded = run();
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
              expect((error as DomainError).code).toBe(code);
              if (details !== undefined) expect((error as DomainError).params).toEqual(details);
              return;
            }
            throw new Error(`Expected ${code}, but the command recorded ${JSON.stringify(recorded)}`);
          },
        };
      },
    }),
  };
}
