import { NotFoundException } from '@nestjs/common';
import {
  isActive,
  own,
  scoreGroups,
  type Area,
  type ComposablePerson,
  type Group,
  type GroupScore,
  type OrganisationState,
} from '@ledelsesrum/domain';
import {
  personCorrections,
  type OrganisationService,
  type PersonCorrection,
  type PlainPerson,
} from '@ledelsesrum/api/organisation';
import { message, refusal } from '@ledelsesrum/messages';

/** The organisation as the pages show it: active people with their names decrypted, read once per request. */
export interface OrganisationView {
  readonly state: OrganisationState;
  /** The stream's revision the view was read at (-1 when nothing has been recorded yet). */
  readonly revision: number;
  readonly areas: readonly Area[];
  /** Active people, by name. */
  readonly people: readonly PlainPerson[];
  readonly groups: readonly Group[];
  person(id: string): PlainPerson | undefined;
  /** A person's name, or the id when the organisation has no active person of that id. */
  name(id: string): string;
  areaName(id: string): string;
  group(id: string): Group | undefined;
  /** The groups a person is a member of. */
  groupsOf(personId: string): Group[];
  /** Values stored before they were checked that the rules refuse, each in words, with the person to correct. */
  readonly corrections: readonly PersonCorrection[];
}

export async function readOrganisationView(organisation: OrganisationService): Promise<OrganisationView> {
  const { state, revision } = await organisation.current();
  const people = await Promise.all(
    Object.values(state.people)
      .filter((person) => isActive(person))
      .map((person) => organisation.unseal(person)),
  );
  people.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const byId = new Map(people.map((person) => [person.id, person]));
  const groups = Object.values(state.groups).sort((a, b) => a.name.localeCompare(b.name, 'da', { numeric: true }));
  return {
    state,
    revision,
    areas: Object.values(state.areas).sort((a, b) => a.name.localeCompare(b.name, 'da')),
    people,
    groups,
    person: (id) => byId.get(id),
    name: (id) => byId.get(id)?.name ?? id,
    areaName: (id) => own(state.areas, id)?.name ?? id,
    group: (id) => own(state.groups, id),
    groupsOf: (personId) => groups.filter((group) => group.memberIds.includes(personId)),
    corrections: personCorrections(state, byId),
  };
}

/** The active person of a page's address, or the 404 page. */
export function personOf(view: OrganisationView, personId: string): PlainPerson {
  const person = view.person(personId);
  if (!person)
    throw refusal(
      message('web.chefgruppen.organisation.view.unknown-person', { personId }),
      (line) => new NotFoundException(line),
    );
  return person;
}

export function groupOf(view: OrganisationView, groupId: string): Group {
  const group = view.group(groupId);
  if (!group)
    throw refusal(
      message('web.chefgruppen.organisation.view.unknown-group', { groupId }),
      (line) => new NotFoundException(line),
    );
  return group;
}

/** People as the group composition sees them (the same fields GroupCompositionController passes on). */
export function composable(people: readonly PlainPerson[]): ComposablePerson[] {
  return people.map(({ id, areaId, level, experienced, managerId }) => ({
    id,
    areaId,
    level,
    experienced,
    ...(managerId === undefined ? {} : { managerId }),
  }));
}

/** Each group's spread, scored as the composition scores its proposals, so both pages measure alike. */
export function spreadOf(view: OrganisationView): GroupScore[] {
  return scoreGroups(composable(view.people), view.groups);
}
