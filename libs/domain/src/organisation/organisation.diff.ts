import { sameEncryptedValue } from '../shared/encrypted-value';
import { own } from '../shared/own';
import type { OrganisationDocument } from './organisation.commands';
import type { OrganisationEvent } from './organisation.events';
import { isActive, type Group, type OrganisationState, type Person, type PersonRecord } from './organisation.types';

/** The organisation as it stands now: active people only, as a document the commands can change. */
export function currentDocument(state: OrganisationState): OrganisationDocument {
  return {
    areas: Object.values(state.areas),
    people: Object.values(state.people)
      .filter((person) => isActive(person))
      .map(({ leftAt: _leftAt, personalDataErasedAt: _erased, ...person }) => person),
    groups: Object.values(state.groups),
  };
}

/**
 * The events that turn `state` into `target` (already validated): additions first, then changes, removals last.
 * They are appended together, so readers see all of them or none; the target as a whole keeps every rule.
 */
export function diffOrganisation(
  state: OrganisationState,
  target: OrganisationDocument,
  now: string,
): OrganisationEvent[] {
  const events: OrganisationEvent[] = [];
  for (const area of target.areas) {
    const current = own(state.areas, area.id);
    if (!current) events.push({ type: 'AreaAdded', data: area });
    else if (current.name !== area.name) events.push({ type: 'AreaRenamed', data: area });
  }
  for (const person of target.people) events.push(...personEvents(own(state.people, person.id), person));
  for (const group of target.groups) events.push(...groupEvents(own(state.groups, group.id), group));

  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const [groupIds, personIds, areaIds] = [ids(target.groups), ids(target.people), ids(target.areas)];
  for (const id of Object.keys(state.groups))
    if (!groupIds.has(id)) events.push({ type: 'GroupDissolved', data: { id } });
  for (const person of Object.values(state.people)) {
    if (isActive(person) && !personIds.has(person.id))
      events.push({ type: 'PersonLeft', data: { id: person.id, at: now } });
  }
  for (const id of Object.keys(state.areas)) if (!areaIds.has(id)) events.push({ type: 'AreaRemoved', data: { id } });
  return events;
}

function personEvents(current: PersonRecord | undefined, person: Person): OrganisationEvent[] {
  if (!isActive(current)) return [{ type: 'PersonAdded', data: person }];
  const events: OrganisationEvent[] = [];
  const { id, areaId, level, experienced, language, workplace, staffAddress } = person;
  const managerId = person.managerId ?? null;
  if (
    current.areaId !== areaId ||
    current.level !== level ||
    current.experienced !== experienced ||
    (current.managerId ?? null) !== managerId ||
    current.language !== language ||
    current.workplace !== workplace ||
    current.staffAddress !== staffAddress
  ) {
    const optional = {
      ...(language === undefined ? {} : { language }),
      ...(workplace === undefined ? {} : { workplace }),
      ...(staffAddress === undefined ? {} : { staffAddress }),
    };
    events.push({ type: 'PersonChanged', data: { id, areaId, level, experienced, managerId, ...optional } });
  }
  if (!sameEncryptedValue(current.name, person.name) || !sameEncryptedValue(current.email, person.email)) {
    events.push({ type: 'PersonDetailsChanged', data: { id, name: person.name, email: person.email } });
  }
  return events;
}

function groupEvents(current: Group | undefined, group: Group): OrganisationEvent[] {
  if (!current) return [{ type: 'GroupCreated', data: group }];
  const events: OrganisationEvent[] = [];
  const groupId = group.id;
  if (current.name !== group.name) events.push({ type: 'GroupRenamed', data: { id: groupId, name: group.name } });
  // Members join before a new facilitator is named (the facilitator is a member) and leave after.
  for (const personId of group.memberIds) {
    if (!current.memberIds.includes(personId)) events.push({ type: 'GroupMemberAdded', data: { groupId, personId } });
  }
  if (current.facilitatorId !== group.facilitatorId) {
    events.push({ type: 'GroupFacilitatorChanged', data: { groupId, facilitatorId: group.facilitatorId } });
  }
  for (const personId of current.memberIds) {
    if (!group.memberIds.includes(personId)) events.push({ type: 'GroupMemberRemoved', data: { groupId, personId } });
  }
  return events;
}
