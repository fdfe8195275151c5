import { FACILITATOR_LEVELS } from '../organisation.types';
import type { Assignment } from './assignment';
import { buildModel, type CompositionModel } from './composition-model';
import { facilitatorReports, managerReports, sizeReports, spreadReports } from './composition-reports';
import { scoreGroups, spreadDeviations } from './composition-score';
import type { ComposablePerson, ComposeOptions, CompositionProposal, ProposedGroup } from './composition.types';
import { nameFacilitators } from './facilitators';
import { search } from './search';
import { seededRandom } from './seeded-random';
import { workBudgetFor } from './work-budget';

/**
 * Proposes `count` cross-cutting groups of the given (active) people. Constraints, in priority order, none ever
 * given up for a lower one: (1) one chef or direktør facilitates each group, (2) sizes differ by at most one,
 * (3) nobody shares a group with their direct manager, (4) areas, levels and experienced/new leaders are spread as
 * evenly as the numbers allow. What cannot be met is listed in `unmet`, with the best proposal found; only input
 * that makes no sense (count < 1, a person twice) throws a DomainError (ORGANISATION_INVALID).
 *
 * How: see search.ts. Deterministic for a given seed.
 */
export function composeGroups(people: readonly ComposablePerson[], options: ComposeOptions): CompositionProposal {
  const model = buildModel(people, options);
  const assignment = search(model, seededRandom(options.seed ?? 1), workBudgetFor(people.length));
  const { groups, standIns } = toGroups(model, assignment);
  const eligible = people.filter((person) => FACILITATOR_LEVELS.includes(person.level)).length;
  return {
    groups,
    scores: scoreGroups(people, groups),
    unmet: [
      ...facilitatorReports(Math.min(eligible, groups.length), standIns),
      ...sizeReports(options.count, people.length),
      ...managerReports(people, groups),
      ...spreadReports(spreadDeviations(people, groups)),
    ],
  };
}

function toGroups(model: CompositionModel, assignment: Assignment) {
  const members: number[][] = Array.from({ length: model.groupCount }, () => []);
  model.people.forEach((_, p) => members[assignment.groupOf[p] as number]?.push(p));
  const facilitators = nameFacilitators(model, members);
  const standIns: { groupId: string; personId: string }[] = [];
  const groups = members.map((inGroup, g): ProposedGroup => {
    const id = `group-${String(g + 1).padStart(2, '0')}`;
    let facilitator = facilitators[g];
    if (facilitator === undefined) {
      // No chef or direktør left for this group: the first experienced member stands in, else the first member.
      facilitator = inGroup.find((p) => model.people[p]?.experienced) ?? (inGroup[0] as number);
      standIns.push({ groupId: id, personId: model.people[facilitator]?.id as string });
    }
    const ids = [facilitator, ...inGroup.filter((p) => p !== facilitator)].map((p) => model.people[p]?.id as string);
    return { id, name: `Tværgående gruppe ${g + 1}`, facilitatorId: ids[0] as string, memberIds: ids };
  });
  return { groups, standIns };
}
