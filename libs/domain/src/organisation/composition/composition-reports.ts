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
      message:
        `Der er ${eligible} chefer/direktører til ${eligible + standIns.length} grupper; ${count(standIns.length, 'gruppe har', 'grupper har')} en leder som midlertidig facilitator` +
        ` / There are ${eligible} chefs/direktører for ${eligible + standIns.length} groups; ${count(standIns.length, 'group has', 'groups have')} a leder as stand-in facilitator`,
      groupIds: standIns.map((standIn) => standIn.groupId),
      personIds: standIns.map((standIn) => standIn.personId),
    },
  ];
}

export function sizeReports(requested: number, people: number): ConstraintReport[] {
  if (requested <= people) return [];
  return [
    {
      constraint: 'size',
      message:
        `Der er bedt om ${requested} grupper, men der er kun ${people} personer; der dannes ${people} grupper` +
        ` / ${requested} groups were requested but there are only ${people} people; ${people} groups are formed`,
    },
  ];
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
    message:
      `${managerId} er i samme gruppe som ${reportIds.length} af sine direkte medarbejdere; det kunne ikke undgås med disse gruppestørrelser` +
      ` / ${managerId} shares a group with ${reportIds.length} of their direct reports; with these group sizes it could not be avoided`,
    groupIds: [groupOf.get(managerId) as string],
    personIds: [managerId, ...reportIds],
  }));
}

const DIMENSION_NAMES: Record<SpreadDeviation['dimension'], string> = {
  area: 'Området / The area',
  level: 'Niveauet / The level',
  experience: 'Erfaringen / Experience',
};

export function spreadReports(deviations: readonly SpreadDeviation[]): ConstraintReport[] {
  return deviations.map((deviation) => {
    const [da, en] = DIMENSION_NAMES[deviation.dimension].split(' / ');
    return {
      constraint: 'spread',
      message:
        `${da} "${deviation.value}" er ikke jævnt fordelt: i ${count(deviation.groupIds.length, 'gruppe', 'grupper')} afviger antallet fra gruppens andel` +
        ` / ${en} "${deviation.value}" is not evenly spread: in ${count(deviation.groupIds.length, 'group', 'groups')} the count is off the group's share`,
      groupIds: deviation.groupIds,
    };
  });
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
