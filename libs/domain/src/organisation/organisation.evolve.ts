import { assertNever } from '../shared/assert-never';
import { own } from '../shared/own';
import type { OrganisationEvent } from './organisation.events';
import type { Group, OrganisationState, PersonRecord } from './organisation.types';

/**
 * States being folded by `evolveOrganisationAll`: their records are copies made for the fold, so an event may change
 * them in place instead of copying a whole record of 2,500 people for each of the thousands of events an import
 * records. Nobody else ever holds one.
 */
const drafts = new WeakSet<OrganisationState>();

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'AreaAdded':
    case 'AreaRenamed':
      return withEntry(state, 'areas', event.data.id, event.data);
    case 'AreaRemoved':
      return withoutEntry(state, 'areas', event.data.id);
    case 'PersonAdded': {
      // Someone who rejoins starts afresh; only the fact that their personal data was erased stays with them.
      const { personalDataErasedAt } = own(state.people, event.data.id) ?? ({} as Partial<PersonRecord>);
      const previous = personalDataErasedAt === undefined ? {} : { personalDataErasedAt };
      return withPerson(state, { ...previous, ...event.data });
    }
    case 'PersonChanged':
      return updatePerson(state, event.data.id, (person) => {
        const { managerId, ...profile } = event.data;
        // The event holds the whole profile: a manager, language, workplace or staff address it does not name is gone.
        const {
          managerId: _previous,
          language: _language,
          workplace: _place,
          staffAddress: _address,
          ...rest
        } = person;
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
      return withoutEntry(state, 'groups', event.data.id);
    default:
      return assertNever(event);
  }
}

/**
 * Folds many events at once, as `events.reduce(evolveOrganisation, state)` would, in time linear in the events: the
 * records are copied once for the whole fold. `state` itself is left as it was.
 */
export function evolveOrganisationAll(
  state: OrganisationState,
  events: readonly OrganisationEvent[],
): OrganisationState {
  if (events.length < 2) return events.reduce(evolveOrganisation, state);
  const draft: OrganisationState = {
    areas: { ...state.areas },
    people: { ...state.people },
    groups: { ...state.groups },
  };
  drafts.add(draft);
  const folded = events.reduce(evolveOrganisation, draft);
  drafts.delete(draft);
  return folded;
}

export function foldOrganisation(events: readonly OrganisationEvent[]): OrganisationState {
  return evolveOrganisationAll({ areas: {}, people: {}, groups: {} }, events);
}

type Records = 'areas' | 'people' | 'groups';

/** The state with `record[id]` set: in place in a draft, else in a copy. */
function withEntry<K extends Records>(
  state: OrganisationState,
  record: K,
  id: string,
  value: OrganisationState[K][string],
): OrganisationState {
  if (drafts.has(state)) {
    (state[record] as Record<string, unknown>)[id] = value;
    return state;
  }
  return { ...state, [record]: { ...state[record], [id]: value } };
}

function withoutEntry(state: OrganisationState, record: Records, id: string): OrganisationState {
  if (drafts.has(state)) {
    delete (state[record] as Record<string, unknown>)[id];
    return state;
  }
  return { ...state, [record]: without<unknown>(state[record], id) };
}

function withPerson(state: OrganisationState, person: PersonRecord): OrganisationState {
  return withEntry(state, 'people', person.id, person);
}

function updatePerson(state: OrganisationState, id: string, change: (person: PersonRecord) => PersonRecord) {
  const person = own(state.people, id);
  return person ? withPerson(state, change(person)) : state;
}

function withGroup(state: OrganisationState, group: Group): OrganisationState {
  return withEntry(state, 'groups', group.id, group);
}

function updateGroup(state: OrganisationState, id: string, change: (group: Group) => Group) {
  const group = own(state.groups, id);
  return group ? withGroup(state, change(group)) : state;
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const { [id]: _removed, ...rest } = record;
  return rest;
}
