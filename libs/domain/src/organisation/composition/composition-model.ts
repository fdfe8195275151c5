import { DomainError, DomainErrorCode, DomainErrorRule } from '../../shared/domain-error';
import { FACILITATOR_LEVELS, LEADER_LEVELS } from '../organisation.types';
import { personValueProblems, type PersonField } from '../organisation.values';
import type { ComposablePerson, ComposeOptions } from './composition.types';

/** The fields of a person the composition counts on. */
const COMPOSED_FIELDS: readonly PersonField[] = ['level', 'experienced'];

/**
 * The people indexed as small integers, so the search works on typed arrays rather than strings and maps: that is
 * what keeps 2,500 people in 150 groups well under a second.
 *
 * Every person has one "feature" per dimension (their area, their level, experienced or new), numbered in one space:
 * areas first, then the three levels, then experienced and new. Spread is measured per feature.
 */
export interface CompositionModel {
  readonly people: readonly ComposablePerson[];
  /** Groups actually formed: the count asked for, or one per person when there are fewer people. */
  readonly groupCount: number;
  /** Sizes differ by at most one: the first `n mod groupCount` groups take one more. */
  readonly targetSizes: Int32Array;
  readonly areaIds: readonly string[];
  readonly featureCount: number;
  /** `features[p * DIMENSIONS + d]`: person p's feature in dimension d. */
  readonly features: Int32Array;
  /** People per feature across the whole organisation. */
  readonly totals: Int32Array;
  /** Per feature: its dimension (AREA, LEVEL or EXPERIENCE). */
  readonly dimensionOf: Int8Array;
  /** Per person: the indexes of their manager and their direct reports among the people composed. */
  readonly relations: readonly (readonly number[])[];
  /** Per person: their manager's index, or -1. */
  readonly managerOf: Int32Array;
  /** Per person: 1 if they may facilitate (chef or direktør). */
  readonly eligible: Uint8Array;
}

export const DIMENSIONS = 3;
export const AREA = 0;
export const LEVEL = 1;
export const EXPERIENCE = 2;

export function buildModel(people: readonly ComposablePerson[], options: ComposeOptions): CompositionModel {
  assertValidInput(people, options);
  const n = people.length;
  const groupCount = Math.min(options.count, n);
  const targetSizes = new Int32Array(groupCount);
  for (let g = 0; g < groupCount; g++) targetSizes[g] = Math.floor(n / groupCount) + (g < n % groupCount ? 1 : 0);

  const areaIndex = new Map<string, number>();
  for (const person of people) if (!areaIndex.has(person.areaId)) areaIndex.set(person.areaId, areaIndex.size);
  const areaCount = areaIndex.size;
  const featureCount = areaCount + LEADER_LEVELS.length + 2;
  const features = new Int32Array(n * DIMENSIONS);
  const totals = new Int32Array(featureCount);
  people.forEach((person, p) => {
    const own = [
      areaIndex.get(person.areaId) as number,
      areaCount + LEADER_LEVELS.indexOf(person.level),
      areaCount + LEADER_LEVELS.length + (person.experienced ? 0 : 1),
    ];
    own.forEach((feature, d) => {
      features[p * DIMENSIONS + d] = feature;
      totals[feature] = (totals[feature] as number) + 1;
    });
  });

  const index = new Map(people.map((person, p) => [person.id, p]));
  const relations: number[][] = people.map(() => []);
  const managerOf = new Int32Array(n).fill(-1);
  people.forEach((person, p) => {
    // A manager who is not among the people composed (e.g. has left) constrains nobody.
    const manager = person.managerId === undefined ? undefined : index.get(person.managerId);
    if (manager === undefined) return;
    managerOf[p] = manager;
    // Two people named as each other's manager are one pair, not two.
    if (managerOf[manager] === p) return;
    relations[p]?.push(manager);
    relations[manager]?.push(p);
  });

  return {
    people,
    groupCount,
    targetSizes,
    areaIds: [...areaIndex.keys()],
    featureCount,
    features,
    totals,
    dimensionOf: Int8Array.from({ length: featureCount }, (_, f) =>
      f < areaCount ? AREA : f < areaCount + LEADER_LEVELS.length ? LEVEL : EXPERIENCE,
    ),
    relations,
    managerOf,
    eligible: Uint8Array.from(people, (person) => (FACILITATOR_LEVELS.includes(person.level) ? 1 : 0)),
  };
}

/** Only input that no proposal could make sense of is refused; everything merely hard is reported as unmet. */
function assertValidInput(people: readonly ComposablePerson[], options: ComposeOptions): void {
  // A person stored before their values were checked (no level, say) is corrected on the person, not here.
  for (const person of people) {
    const [field] = personValueProblems(person, COMPOSED_FIELDS);
    if (field !== undefined) {
      throw new DomainError(DomainErrorCode.PersonNeedsCorrection, { personId: person.id, field });
    }
  }
  const problems: string[] = [];
  if (!Number.isSafeInteger(options.count) || options.count < 1) {
    problems.push(`count: skal være et helt tal ≥ 1 / must be a whole number ≥ 1 (${options.count})`);
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) {
    problems.push(`seed: skal være et helt tal / must be a whole number (${options.seed})`);
  }
  const seen = new Set<string>();
  people.forEach((person, i) => {
    if (seen.has(person.id)) problems.push(`people[${i}].id: "${person.id}" findes flere gange / is used twice`);
    seen.add(person.id);
    if (person.managerId === person.id) problems.push(`people[${i}].managerId: egen leder / their own manager`);
  });
  if (problems.length > 0) {
    throw new DomainError(DomainErrorCode.OrganisationInvalid, { problems }, DomainErrorRule.CompositionImpossible);
  }
}
