import type { Provider } from '@nestjs/common';
import { CommandHandler } from '@ledelsesrum/application';
import { reachDecider, type AnswerReach, type ReachEvent, type ReachState } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';

export const REACH_COMMANDS = Symbol('REACH_COMMANDS');
export type ReachCommands = CommandHandler<AnswerReach, ReachEvent, ReachState>;

/** The application layer over the rounds' reach streams, as for cycles and the organisation. */
export const reachCommandsProvider: Provider = {
  provide: REACH_COMMANDS,
  inject: [EVENT_STORE],
  useFactory: (store: EventStore): ReachCommands => new CommandHandler(store, reachDecider),
};
