import { ERASED, UNREADABLE } from '@ledelsesrum/domain';
import type { PlainOrganisation, PlainPerson } from '@ledelsesrum/api/organisation';

/**
 * Who is who in the organisation now, for the cycle pages: a cycle refers to people and groups by id only. A person
 * whose name was erased (or cannot be read) is shown by their id, as is one who has left; a group that no longer
 * exists likewise.
 */
export class PeopleDirectory {
  private readonly people: ReadonlyMap<string, PlainPerson>;
  private readonly areas: ReadonlyMap<string, string>;
  private readonly groups: ReadonlyMap<string, string>;

  constructor(organisation: PlainOrganisation) {
    this.people = new Map(organisation.people.map((person) => [person.id, person]));
    this.areas = new Map(organisation.areas.map((area) => [area.id, area.name]));
    this.groups = new Map(organisation.groups.map((group) => [group.id, group.name]));
  }

  person(id: string): PlainPerson | undefined {
    return this.people.get(id);
  }

  personName(id: string): string {
    const name = this.people.get(id)?.name;
    return name === undefined || name === ERASED || name === UNREADABLE ? id : name;
  }

  areaName(id: string): string {
    return this.areas.get(id) ?? id;
  }

  groupName(id: string): string {
    return this.groups.get(id) ?? id;
  }

  /** The organisation's areas sorted by name, Danish alphabet. */
  areaIds(): string[] {
    return [...this.areas.keys()].sort((a, b) => this.areaName(a).localeCompare(this.areaName(b), 'da'));
  }
}
