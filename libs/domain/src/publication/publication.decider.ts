import type { Decider } from '../shared/decider';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import type { CommandContext } from '../shared/domain-event';
import { isMailAddress, type DistributionList } from './distribution-list';
import type { PublicationCommand, RotateStaffFeedToken, SetDistributionLists } from './publication.commands';
import type { PublicationEvent } from './publication.events';

/** How the organisation hears of the rounds: the staff feed's current token, by its hash, and the distribution lists. */
export interface PublicationState {
  readonly feedToken?: { readonly hash: string; readonly rotatedBy: string; readonly at: string };
  readonly distributionLists?: {
    readonly lists: readonly DistributionList[];
    readonly setBy: string;
    readonly at: string;
  };
}

export const initialPublicationState: PublicationState = {};

const SHA256_HEX = /^[0-9a-f]{64}$/;

function decidePublication(
  command: PublicationCommand,
  _state: PublicationState,
  context: CommandContext,
): PublicationEvent[] {
  switch (command.type) {
    case 'RotateStaffFeedToken':
      return rotateFeedToken(command, context);
    case 'SetDistributionLists':
      return setDistributionLists(command, context);
  }
}

function rotateFeedToken(command: RotateStaffFeedToken, context: CommandContext): PublicationEvent[] {
  // The hash is made by the application from a random token, never typed: a wrong one is a fault, not a refusal.
  if (!SHA256_HEX.test(command.tokenHash)) throw new RangeError('tokenHash must be a SHA-256 hash in hexadecimal');
  return [
    {
      type: 'StaffFeedTokenRotated',
      data: { tokenHash: command.tokenHash, rotatedBy: context.actorId, at: context.now },
    },
  ];
}

/** Names and addresses are stored trimmed; whether an area exists is the organisation's to say (the application's). */
function setDistributionLists(command: SetDistributionLists, context: CommandContext): PublicationEvent[] {
  const lists = command.lists.map(({ name, address, areaId }) => ({
    name: name.trim(),
    address: address.trim(),
    ...(areaId === undefined ? {} : { areaId }),
  }));
  const names = new Set<string>();
  for (const [index, { name, address }] of lists.entries()) {
    if (name === '') throw new DomainError(DomainErrorCode.DistributionListNameMissing, { index });
    const key = name.toLocaleLowerCase('da');
    if (names.has(key)) throw new DomainError(DomainErrorCode.DistributionListNameTaken, { index, name });
    names.add(key);
    if (!isMailAddress(address)) throw new DomainError(DomainErrorCode.DistributionListAddressInvalid, { index, name });
  }
  return [{ type: 'DistributionListsSet', data: { lists, setBy: context.actorId, at: context.now } }];
}

function evolvePublication(state: PublicationState, event: PublicationEvent): PublicationState {
  switch (event.type) {
    case 'StaffFeedTokenRotated': {
      const { tokenHash: hash, rotatedBy, at } = event.data;
      return { ...state, feedToken: { hash, rotatedBy, at } };
    }
    case 'DistributionListsSet':
      return { ...state, distributionLists: event.data };
  }
}

/** The rules of the publication stream, shared by every writer and reader. */
export const publicationDecider: Decider<PublicationCommand, PublicationEvent, PublicationState> = {
  decide: decidePublication,
  evolve: evolvePublication,
  initialState: initialPublicationState,
};

/**
 * The lists in force at `at` (a summary's publication): those set last at or before it. Lists set later, even before
 * the e-mails went out, are not the ones the summary was published to.
 */
export function distributionListsAt(events: readonly PublicationEvent[], at: string): readonly DistributionList[] {
  const instant = Date.parse(at);
  let lists: readonly DistributionList[] = [];
  for (const event of events) {
    if (event.type === 'DistributionListsSet' && Date.parse(event.data.at) <= instant) lists = event.data.lists;
  }
  return lists;
}
