import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { isLanguage } from '../shared/language';
import type { OrganisationDocument } from './organisation.commands';
import { FACILITATOR_LEVELS } from './organisation.types';

/** The values each broken rule of an organisation is reported with; the words live in the message catalogue. */
export interface OrganisationRuleParams {
  readonly 'id-twice': { readonly id: string };
  readonly 'unknown-area': { readonly areaId: string };
  readonly 'unknown-language': { readonly language: string };
  readonly 'own-manager': Readonly<Record<string, never>>;
  readonly 'unknown-manager': { readonly managerId: string };
  readonly 'manager-loop': Readonly<Record<string, never>>;
  readonly 'unknown-person': { readonly personId: string };
  readonly 'facilitator-level': { readonly personId: string; readonly level: string };
  readonly 'member-twice': Readonly<Record<string, never>>;
}

export type OrganisationRule = keyof OrganisationRuleParams;

/** One broken rule with its values. */
export type OrganisationRuleBroken = {
  readonly [Rule in OrganisationRule]: { readonly rule: Rule; readonly params: OrganisationRuleParams[Rule] };
}[OrganisationRule];

/** A broken rule located by the path of the field (e.g. `people[3].managerId`), so importers can map it back. */
export type OrganisationProblem = OrganisationRuleBroken & { readonly path: string };

type Report = <Rule extends OrganisationRule>(path: string, rule: Rule, params: OrganisationRuleParams[Rule]) => void;

/** Every rule an organisation must keep; all problems are reported at once, so a file is fixed in one go. */
export function organisationProblems(document: OrganisationDocument): OrganisationProblem[] {
  const problems: OrganisationProblem[] = [];
  const problem: Report = (path, rule, params) => problems.push({ path, rule, params } as OrganisationProblem);
  const areaIds = uniqueIds('areas', document.areas, problem);
  const personIds = uniqueIds('people', document.people, problem);
  uniqueIds('groups', document.groups, problem);
  const people = new Map(document.people.map((person) => [person.id, person]));

  document.people.forEach((person, i) => {
    if (!areaIds.has(person.areaId)) problem(`people[${i}].areaId`, 'unknown-area', { areaId: person.areaId });
    if (person.language !== undefined && !isLanguage(person.language)) {
      problem(`people[${i}].language`, 'unknown-language', { language: String(person.language) });
    }
    if (person.managerId === undefined) return;
    if (person.managerId === person.id) problem(`people[${i}].managerId`, 'own-manager', {});
    else if (!personIds.has(person.managerId)) {
      problem(`people[${i}].managerId`, 'unknown-manager', { managerId: person.managerId });
    } else if (managerChainLoops(person.id, people)) {
      problem(`people[${i}].managerId`, 'manager-loop', {});
    }
  });
  document.groups.forEach((group, i) => {
    const facilitator = people.get(group.facilitatorId);
    if (!facilitator) {
      problem(`groups[${i}].facilitatorId`, 'unknown-person', { personId: group.facilitatorId });
    } else if (!FACILITATOR_LEVELS.includes(facilitator.level)) {
      problem(`groups[${i}].facilitatorId`, 'facilitator-level', {
        personId: facilitator.id,
        level: facilitator.level,
      });
    }
    group.memberIds.forEach((memberId, j) => {
      if (!personIds.has(memberId)) {
        problem(`groups[${i}].memberIds[${j}]`, 'unknown-person', { personId: memberId });
      }
    });
    if (new Set(group.memberIds).size !== group.memberIds.length) {
      problem(`groups[${i}].memberIds`, 'member-twice', {});
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

function uniqueIds(field: string, items: readonly { id: string }[], problem: Report): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problem(`${field}[${i}].id`, 'id-twice', { id: item.id });
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
