import { DomainError, DomainErrorCode, DomainErrorRule } from '../shared/domain-error';
import type { CommandContext } from '../shared/domain-event';
import { own } from '../shared/own';
import type { OrganisationCommand, OrganisationDocument } from './organisation.commands';
import { currentDocument, diffOrganisation } from './organisation.diff';
import type { OrganisationEvent } from './organisation.events';
import { assertValidOrganisation } from './organisation.rules';
import { assertOrganisationValues } from './organisation.values';
import { isActive, type Group, type OrganisationState } from './organisation.types';

/**
 * Every organisation command is a change to the organisation as a whole: build the organisation it asks for, check
 * every rule on that, and record the difference. One set of rules, whichever way a change arrives.
 */
export function decideOrganisation(
  command: OrganisationCommand,
  state: OrganisationState,
  context: CommandContext,
): OrganisationEvent[] {
  assertOrganisationValues(command);
  if (command.type === 'ErasePersonalData') {
    const person = known(state, command.id);
    return person.personalDataErasedAt
      ? []
      : [{ type: 'PersonalDataErased', data: { id: person.id, at: context.now } }];
  }
  const target = targetOf(command, state);
  assertValidOrganisation(target);
  return diffOrganisation(state, normalise(target), context.now);
}

function targetOf(command: Exclude<OrganisationCommand, { type: 'ErasePersonalData' }>, state: OrganisationState) {
  const now = currentDocument(state);
  switch (command.type) {
    case 'ImportOrganisation':
      return { areas: command.areas, people: command.people, groups: command.groups };
    case 'AddArea':
      if (own(state.areas, command.area.id)) throw exists('AREA', command.area.id);
      return { ...now, areas: [...now.areas, command.area] };
    case 'RenameArea':
      if (!own(state.areas, command.area.id)) throw unknown('AREA', command.area.id);
      return { ...now, areas: now.areas.map((area) => (area.id === command.area.id ? command.area : area)) };
    case 'AddPerson':
      if (isActive(own(state.people, command.person.id))) throw exists('PERSON', command.person.id);
      return { ...now, people: [...now.people, command.person] };
    case 'UpdatePerson': {
      active(state, command.person.id);
      const { person } = command;
      return { ...now, people: now.people.map((candidate) => (candidate.id === person.id ? person : candidate)) };
    }
    case 'PersonLeaves': {
      active(state, command.id);
      const facilitated = now.groups.filter((group) => group.facilitatorId === command.id).map((group) => group.id);
      if (facilitated.length > 0) {
        throw new DomainError(DomainErrorCode.PersonIsFacilitator, { groupIds: facilitated });
      }
      return {
        ...now,
        people: now.people.filter((person) => person.id !== command.id),
        groups: now.groups.map((group) => ({ ...group, memberIds: group.memberIds.filter((id) => id !== command.id) })),
      };
    }
    case 'CreateGroup':
      if (own(state.groups, command.group.id)) throw exists('GROUP', command.group.id);
      return { ...now, groups: [...now.groups, command.group] };
    case 'AddGroupMember':
      return changeGroup(now, state, command.groupId, (group) => {
        active(state, command.personId);
        if (group.memberIds.includes(command.personId)) throw alreadyMember(command.personId, group.id);
        return { ...group, memberIds: [...group.memberIds, command.personId] };
      });
    case 'RemoveGroupMember':
      return changeGroup(now, state, command.groupId, (group) => {
        if (!group.memberIds.includes(command.personId)) throw notMember(command.personId, group.id);
        if (group.facilitatorId === command.personId) {
          throw new DomainError(
            DomainErrorCode.PersonIsFacilitator,
            { groupIds: [group.id] },
            DomainErrorRule.FacilitatorLeavingGroup,
          );
        }
        return { ...group, memberIds: group.memberIds.filter((id) => id !== command.personId) };
      });
    case 'ChangeFacilitator':
      return changeGroup(now, state, command.groupId, (group) => {
        active(state, command.facilitatorId);
        return { ...group, facilitatorId: command.facilitatorId };
      });
  }
}

/** The facilitator is always a member: added to the members when a document leaves them out. */
function normalise(document: OrganisationDocument): OrganisationDocument {
  return {
    ...document,
    groups: document.groups.map((group) =>
      group.memberIds.includes(group.facilitatorId)
        ? group
        : { ...group, memberIds: [group.facilitatorId, ...group.memberIds] },
    ),
  };
}

function changeGroup(
  document: OrganisationDocument,
  state: OrganisationState,
  groupId: string,
  change: (group: Group) => Group,
): OrganisationDocument {
  const group = own(state.groups, groupId);
  if (!group) throw unknown('GROUP', groupId);
  return {
    ...document,
    groups: document.groups.map((candidate) => (candidate.id === groupId ? change(group) : candidate)),
  };
}

function known(state: OrganisationState, id: string) {
  const person = own(state.people, id);
  if (!person) throw unknown('PERSON', id);
  return person;
}

function active(state: OrganisationState, id: string) {
  const person = known(state, id);
  if (!isActive(person)) {
    throw new DomainError(DomainErrorCode.PersonLeft, { personId: id });
  }
  return person;
}

type Entity = 'AREA' | 'PERSON' | 'GROUP';

function unknown(entity: Entity, id: string): DomainError {
  return new DomainError(DomainErrorCode[`Unknown${capital(entity)}`], { id });
}

function exists(entity: Entity, id: string): DomainError {
  return new DomainError(DomainErrorCode[`${capital(entity)}Exists`], {
    id,
  });
}

function capital(entity: Entity): 'Area' | 'Person' | 'Group' {
  return entity === 'AREA' ? 'Area' : entity === 'PERSON' ? 'Person' : 'Group';
}

function alreadyMember(personId: string, groupId: string): DomainError {
  return new DomainError(DomainErrorCode.AlreadyMember, {
    personId,
    groupId,
  });
}

function notMember(personId: string, groupId: string): DomainError {
  return new DomainError(DomainErrorCode.NotMember, {
    personId,
    groupId,
  });
}
