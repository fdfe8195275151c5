import { CommandHandler } from '@ledelsesrum/application';
import { cycleDecider, type CycleCommand, type CycleEvent, type CycleState } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';

/** The application layer for cycles, as the worker's activities use it: the same handler the API writes through. */
export type CycleCommands = CommandHandler<CycleCommand, CycleEvent, CycleState>;

export function createCycleCommands(store: EventStore): CycleCommands {
  return new CommandHandler(store, cycleDecider);
}
