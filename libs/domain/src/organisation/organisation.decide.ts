import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { sameEncryptedValue } from '../shared/encrypted-value';
import { own } from '../shared/own';
import type { OrganisationEvent } from './organisation.events';
import type { Area, Group, OrganisationState, Person } from './organisation.types';

/** Replace the whole organisation with this one; only the differences are recorded. */
export interface ImportOrganisation {
  readonly type: 'ImportOrganisation';
  readonly areas: readonly Area[];
  readonly people: readonly Person[];
  readonly groups: readonly Group[];
}

export type OrganisationCommand = ImportOrganisation;

export function decideOrganisation(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  assertConsistent(command);
  const events: OrganisationEvent[] = [];
  // Additions and changes first, in dependency order (areas, people, groups), then removals in reverse order,
  // so that every prefix of the events describes an organisation whose references hold.
  for (const area of command.areas) {
    const current = own(state.areas, area.id);
    if (!current || current.name !== area.name) events.push({ type: 'AreaDefined', data: area });
  }
  for (const person of command.people) {
    const current = own(state.people, person.id);
    if (!current || !samePerson(current, person)) events.push({ type: 'PersonRegistered', data: person });
  }
  for (const group of command.groups) {
    const current = own(state.groups, group.id);
    if (!current || !sameGroup(current, group)) events.push({ type: 'GroupDefined', data: group });
  }
  const keep = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const groupIds = keep(command.groups);
  const personIds = keep(command.people);
  const areaIds = keep(command.areas);
  for (const id of Object.keys(state.groups))
    if (!groupIds.has(id)) events.push({ type: 'GroupRemoved', data: { id } });
  for (const id of Object.keys(state.people))
    if (!personIds.has(id)) events.push({ type: 'PersonRemoved', data: { id } });
  for (const id of Object.keys(state.areas)) if (!areaIds.has(id)) events.push({ type: 'AreaRemoved', data: { id } });
  return events;
}

/** Every reference must resolve and every id must be unique; all problems are reported at once. */
function assertConsistent(command: ImportOrganisation): void {
  const problems: string[] = [];
  const areaIds = uniqueIds('areas', command.areas, problems);
  const personIds = uniqueIds('people', command.people, problems);
  uniqueIds('groups', command.groups, problems);
  command.people.forEach((person, i) => {
    if (!areaIds.has(person.areaId))
      problems.push(`people[${i}].areaId: ukendt område / unknown area "${person.areaId}"`);
  });
  command.groups.forEach((group, i) => {
    if (!personIds.has(group.facilitatorId)) {
      problems.push(`groups[${i}].facilitatorId: ukendt person / unknown person "${group.facilitatorId}"`);
    }
    group.memberIds.forEach((memberId, j) => {
      if (!personIds.has(memberId))
        problems.push(`groups[${i}].memberIds[${j}]: ukendt person / unknown person "${memberId}"`);
    });
    if (new Set(group.memberIds).size !== group.memberIds.length) {
      problems.push(`groups[${i}].memberIds: samme person flere gange / a person is listed twice`);
    }
  });
  if (problems.length > 0) {
    throw new DomainError(
      DomainErrorCode.OrganisationInvalid,
      'Organisationen hænger ikke sammen / The organisation is inconsistent',
      { problems },
    );
  }
}

function uniqueIds(field: string, items: readonly { id: string }[], problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) problems.push(`${field}: id "${item.id}" findes flere gange / is used twice`);
    seen.add(item.id);
  }
  return seen;
}

function samePerson(a: Person, b: Person): boolean {
  return (
    a.areaId === b.areaId &&
    a.level === b.level &&
    a.experienced === b.experienced &&
    sameEncryptedValue(a.name, b.name) &&
    sameEncryptedValue(a.email, b.email)
  );
}

function sameGroup(a: Group, b: Group): boolean {
  return (
    a.name === b.name &&
    a.facilitatorId === b.facilitatorId &&
    a.memberIds.length === b.memberIds.length &&
    a.memberIds.every((id) => b.memberIds.includes(id))
  );
}
