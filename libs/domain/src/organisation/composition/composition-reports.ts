import type { ComposablePerson, ConstraintReport, ProposedGroup } from './composition.types';
import type { SpreadDeviation } from './composition-score';

/** Groups that had to take a leder as facilitator because there are fewer chefs and direktører than groups. */
export function facilitatorReports(
  eligible: number,
  standIns: readonly { groupId: string; personId: string }[],
): ConstraintReport[] {
  if (standIns.length === 0) return [];
  return [
    {
      constraint: 'facilitator',
      params: { eligible, groups: eligible + standIns.length, standIns: standIns.length },
      groupIds: standIns.map((standIn) => standIn.groupId),
      personIds: standIns.map((standIn) => standIn.personId),
    },
  ];
}

export function sizeReports(requested: number, people: number): ConstraintReport[] {
  if (requested <= people) return [];
  return [{ constraint: 'size', params: { requested, people } }];
}

/** One report per manager who shares a group with some of their direct reports: the manager first, then them. */
export function managerReports(
  people: readonly ComposablePerson[],
  groups: readonly ProposedGroup[],
): ConstraintReport[] {
  const groupOf = new Map<string, string>();
  for (const group of groups) for (const id of group.memberIds) groupOf.set(id, group.id);
  const together = new Map<string, string[]>();
  for (const person of people) {
    if (person.managerId === undefined) continue;
    const group = groupOf.get(person.id);
    if (group === undefined || groupOf.get(person.managerId) !== group) continue;
    together.set(person.managerId, [...(together.get(person.managerId) ?? []), person.id]);
  }
  return [...together].map(([managerId, reportIds]) => ({
    constraint: 'manager',
    params: { managerId, reports: reportIds.length },
    groupIds: [groupOf.get(managerId) as string],
    personIds: [managerId, ...reportIds],
  }));
}

export function spreadReports(deviations: readonly SpreadDeviation[]): ConstraintReport[] {
  return deviations.map((deviation) => ({
    constraint: 'spread',
    params: { dimension: deviation.dimension, value: deviation.value, groups: deviation.groupIds.length },
    groupIds: deviation.groupIds,
  }));
}
