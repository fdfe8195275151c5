import { assertNever } from '../shared/assert-never';
import { own } from '../shared/own';
import type { OrganisationEvent } from './organisation.events';
import type { Group, OrganisationState, PersonRecord } from './organisation.types';

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'AreaAdded':
    case 'AreaRenamed':
      return { ...state, areas: { ...state.areas, [event.data.id]: event.data } };
    case 'AreaRemoved':
      return { ...state, areas: without(state.areas, event.data.id) };
    case 'PersonAdded': {
      // Someone who rejoins starts afresh; only the fact that their personal data was erased stays with them.
      const { personalDataErasedAt } = own(state.people, event.data.id) ?? ({} as Partial<PersonRecord>);
      const previous = personalDataErasedAt === undefined ? {} : { personalDataErasedAt };
      return withPerson(state, { ...previous, ...event.data });
    }
    case 'PersonChanged':
      return updatePerson(state, event.data.id, (person) => {
        const { managerId, ...profile } = event.data;
        // The event holds the whole profile: a manager or language it does not name is gone.
        const { managerId: _previous, language: _language, ...rest } = person;
        return { ...rest, ...profile, ...(managerId === null ? {} : { managerId }) };
      });
    case 'PersonDetailsChanged':
      return updatePerson(state, event.data.id, (person) => ({ ...person, ...event.data }));
    case 'PersonLeft':
      return updatePerson(state, event.data.id, (person) => ({ ...person, leftAt: event.data.at }));
    case 'PersonalDataErased':
      return updatePerson(state, event.data.id, (person) => ({ ...person, personalDataErasedAt: event.data.at }));
    case 'GroupCreated':
      return withGroup(state, event.data);
    case 'GroupRenamed':
      return updateGroup(state, event.data.id, (group) => ({ ...group, name: event.data.name }));
    case 'GroupMemberAdded':
      return updateGroup(state, event.data.groupId, (group) => ({
        ...group,
        memberIds: [...group.memberIds, event.data.personId],
      }));
    case 'GroupMemberRemoved':
      return updateGroup(state, event.data.groupId, (group) => ({
        ...group,
        memberIds: group.memberIds.filter((id) => id !== event.data.personId),
      }));
    case 'GroupFacilitatorChanged':
      return updateGroup(state, event.data.groupId, (group) => ({ ...group, facilitatorId: event.data.facilitatorId }));
    case 'GroupDissolved':
      return { ...state, groups: without(state.groups, event.data.id) };
    default:
      return assertNever(event);
  }
}

export function foldOrganisation(events: readonly OrganisationEvent[]): OrganisationState {
  return events.reduce(evolveOrganisation, { areas: {}, people: {}, groups: {} } as OrganisationState);
}

function withPerson(state: OrganisationState, person: PersonRecord): OrganisationState {
  return { ...state, people: { ...state.people, [person.id]: person } };
}

function updatePerson(state: OrganisationState, id: string, change: (person: PersonRecord) => PersonRecord) {
  const person = own(state.people, id);
  return person ? withPerson(state, change(person)) : state;
}

function withGroup(state: OrganisationState, group: Group): OrganisationState {
  return { ...state, groups: { ...state.groups, [group.id]: group } };
}

function updateGroup(state: OrganisationState, id: string, change: (group: Group) => Group) {
  const group = own(state.groups, id);
  return group ? withGroup(state, change(group)) : state;
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const { [id]: _removed, ...rest } = record;
  return rest;
}
