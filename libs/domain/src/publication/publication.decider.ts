import type { Decider } from '../shared/decider';
import type { CommandContext } from '../shared/domain-event';
import type { PublicationCommand } from './publication.commands';
import type { PublicationEvent } from './publication.events';

/** How the organisation hears of the rounds: the staff feed's current token, by its hash. */
export interface PublicationState {
  readonly feedToken?: { readonly hash: string; readonly rotatedBy: string; readonly at: string };
}

export const initialPublicationState: PublicationState = {};

const SHA256_HEX = /^[0-9a-f]{64}$/;

function decidePublication(
  command: PublicationCommand,
  _state: PublicationState,
  context: CommandContext,
): PublicationEvent[] {
  // The hash is made by the application from a random token, never typed: a wrong one is a fault, not a refusal.
  if (!SHA256_HEX.test(command.tokenHash)) throw new RangeError('tokenHash must be a SHA-256 hash in hexadecimal');
  return [
    {
      type: 'StaffFeedTokenRotated',
      data: { tokenHash: command.tokenHash, rotatedBy: context.actorId, at: context.now },
    },
  ];
}

function evolvePublication(state: PublicationState, event: PublicationEvent): PublicationState {
  const { tokenHash: hash, rotatedBy, at } = event.data;
  return { ...state, feedToken: { hash, rotatedBy, at } };
}

/** The rules of the publication stream, shared by every writer and reader. */
export const publicationDecider: Decider<PublicationCommand, PublicationEvent, PublicationState> = {
  decide: decidePublication,
  evolve: evolvePublication,
  initialState: initialPublicationState,
};
