import { isLanguage } from '../shared/language';
import {
  expectEach,
  expectFields,
  expectRecord,
  expectValue,
  invalidValue,
  isEmailAddress,
  isId,
  isIdList,
  isSealed,
  isText,
  optional,
} from '../shared/values';
import type { OrganisationCommand } from './organisation.commands';
import { LEADER_LEVELS, type PersonRecord } from './organisation.types';

/** The fields of a person that can hold a value the rules refuse, in the order a reader fixes them. */
export const PERSON_FIELDS = [
  'name',
  'email',
  'areaId',
  'level',
  'experienced',
  'managerId',
  'language',
  'workplace',
  'staffAddress',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

const PERSON_RULES: Readonly<Record<PersonField, (value: unknown) => boolean>> = {
  name: isSealed,
  email: isSealed,
  areaId: isId,
  level: (value) => (LEADER_LEVELS as readonly unknown[]).includes(value),
  experienced: (value) => typeof value === 'boolean',
  managerId: optional(isId),
  language: optional(isLanguage),
  workplace: optional(isText),
  staffAddress: optional(isEmailAddress),
};

/** A person's fields checked for their value alone; a language is one of the organisation's rules (unknown-language). */
const CHECKED_HERE = PERSON_FIELDS.filter((field) => field !== 'language');

/**
 * The fields of a person whose value the rules refuse. Empty for every person recorded through the checks below;
 * a person recorded before them (a log written by an older version) may have some, and is still read.
 */
export function personValueProblems(person: object, fields: readonly PersonField[] = PERSON_FIELDS): PersonField[] {
  const values = person as Readonly<Record<string, unknown>>;
  return fields.filter((field) => !PERSON_RULES[field](values[field]));
}

/** A stored person and the fields to correct on them. */
export interface PersonNeedingCorrection {
  readonly personId: string;
  readonly fields: readonly PersonField[];
}

/** Active people whose stored values the rules refuse, with the fields to correct. */
export function peopleNeedingCorrection(people: Readonly<Record<string, PersonRecord>>): PersonNeedingCorrection[] {
  return Object.values(people)
    .filter((person) => person.leftAt === undefined)
    .map((person) => ({ personId: person.id, fields: personValueProblems(person) }))
    .filter((entry) => entry.fields.length > 0);
}

/**
 * Refuses a command whose values no rule allows, whatever let it through: every id, level, flag, name and language
 * it would record. Only the command's own values are checked, so a value stored before these checks blocks nothing
 * but a change that carries it again.
 */
export function assertOrganisationValues(command: OrganisationCommand): void {
  const given = expectRecord(command, 'command');
  switch (command.type) {
    case 'ImportOrganisation':
      expectEach(given, 'areas', checkArea);
      expectEach(given, 'people', checkPerson);
      expectEach(given, 'groups', checkGroup);
      return;
    case 'AddArea':
    case 'RenameArea':
      return checkArea(expectRecord(given['area'], 'area'), 'area');
    case 'AddPerson':
    case 'UpdatePerson':
      return checkPerson(expectRecord(given['person'], 'person'), 'person');
    case 'CreateGroup':
      return checkGroup(expectRecord(given['group'], 'group'), 'group');
    case 'PersonLeaves':
    case 'ErasePersonalData':
      return expectValue(isId(given['id']), 'id', given['id']);
    case 'AddGroupMember':
    case 'RemoveGroupMember':
      expectValue(isId(given['groupId']), 'groupId', given['groupId']);
      return expectValue(isId(given['personId']), 'personId', given['personId']);
    case 'ChangeFacilitator':
      expectValue(isId(given['groupId']), 'groupId', given['groupId']);
      return expectValue(isId(given['facilitatorId']), 'facilitatorId', given['facilitatorId']);
    default:
      throw invalidValue('type', given['type']);
  }
}

type Fields = Readonly<Record<string, unknown>>;

function checkArea(area: Fields, path: string): void {
  expectFields(area, path, { id: isId, name: isText });
}

function checkPerson(person: Fields, path: string): void {
  expectFields(person, path, { id: isId });
  const [field] = personValueProblems(person, CHECKED_HERE);
  if (field !== undefined) throw invalidValue(`${path}.${field}`, person[field]);
}

function checkGroup(group: Fields, path: string): void {
  expectFields(group, path, { id: isId, name: isText, facilitatorId: isId, memberIds: isIdList });
}
