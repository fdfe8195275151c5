import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { isLanguage } from '../shared/language';
import type { OrganisationDocument } from './organisation.commands';
import { FACILITATOR_LEVELS } from './organisation.types';

/** One broken rule, located by the path of the field (e.g. `people[3].managerId`) so importers can map it back. */
export interface OrganisationProblem {
  readonly path: string;
  readonly message: string;
}

/** Every rule an organisation must keep; all problems are reported at once, so a file is fixed in one go. */
export function organisationProblems(document: OrganisationDocument): OrganisationProblem[] {
  const problems: OrganisationProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const areaIds = uniqueIds('areas', document.areas, problem);
  const personIds = uniqueIds('people', document.people, problem);
  uniqueIds('groups', document.groups, problem);
  const people = new Map(document.people.map((person) => [person.id, person]));

  document.people.forEach((person, i) => {
    if (!areaIds.has(person.areaId)) problem(`people[${i}].areaId`, `ukendt område / unknown area "${person.areaId}"`);
    if (person.language !== undefined && !isLanguage(person.language)) {
      problem(`people[${i}].language`, `ukendt sprog / unknown language "${String(person.language)}" (da, en)`);
    }
    if (person.managerId === undefined) return;
    if (person.managerId === person.id) problem(`people[${i}].managerId`, 'egen leder / their own manager');
    else if (!personIds.has(person.managerId)) {
      problem(`people[${i}].managerId`, `ukendt leder / unknown manager "${person.managerId}"`);
    } else if (managerChainLoops(person.id, people)) {
      problem(`people[${i}].managerId`, 'ledelseskæden går i ring / the chain of managers loops');
    }
  });
  document.groups.forEach((group, i) => {
    const facilitator = people.get(group.facilitatorId);
    if (!facilitator) {
      problem(`groups[${i}].facilitatorId`, `ukendt person / unknown person "${group.facilitatorId}"`);
    } else if (!FACILITATOR_LEVELS.includes(facilitator.level)) {
      problem(
        `groups[${i}].facilitatorId`,
        `facilitator skal være chef eller direktør / the facilitator must be a chef or direktør ("${facilitator.id}" is ${facilitator.level})`,
      );
    }
    group.memberIds.forEach((memberId, j) => {
      if (!personIds.has(memberId)) {
        problem(`groups[${i}].memberIds[${j}]`, `ukendt person / unknown person "${memberId}"`);
      }
    });
    if (new Set(group.memberIds).size !== group.memberIds.length) {
      problem(`groups[${i}].memberIds`, 'samme person flere gange / a person is listed twice');
    }
  });
  return problems;
}

export function assertValidOrganisation(document: OrganisationDocument): void {
  const problems = organisationProblems(document);
  if (problems.length > 0) {
    throw new DomainError(DomainErrorCode.OrganisationInvalid, { problems });
  }
}

function uniqueIds(
  field: string,
  items: readonly { id: string }[],
  problem: (path: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problem(`${field}[${i}].id`, `id "${item.id}" findes flere gange / is used twice`);
    seen.add(item.id);
  });
  return seen;
}

function managerChainLoops(start: string, people: ReadonlyMap<string, { managerId?: string }>): boolean {
  const seen = new Set([start]);
  for (let id = people.get(start)?.managerId; id !== undefined; id = people.get(id)?.managerId) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}
