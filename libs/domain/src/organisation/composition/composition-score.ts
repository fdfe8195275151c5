import { LEADER_LEVELS, type LeaderLevel } from '../organisation.types';
import type { ComposablePerson, GroupScore, SpreadDimension } from './composition.types';

/** One value of one dimension that some groups hold more or fewer of than their rounded share. */
export interface SpreadDeviation {
  readonly dimension: SpreadDimension;
  /** The area id, the level, or 'experienced' / 'new'. */
  readonly value: string;
  readonly groupIds: string[];
}

interface GroupLike {
  readonly id: string;
  readonly memberIds: readonly string[];
}

/**
 * How well each group mirrors the organisation. Works on plain ids, so it can also score groups edited by hand.
 *
 * Fair share: a group of size s should hold total_x × s / n people of each area, level and experience x (n = all the
 * people). Counts are whole numbers, so the share rounded down or up is ideal; only what lies beyond that counts
 * as off. Per dimension (area, level, experience), `off` = ½ Σ_x (people above the rounded-up share + people
 * missing below the rounded-down share): roughly the number of members who would have to trade places. Then
 *
 *   spread = 1 − (off_area + off_level + off_experience) / (3 × size),  in 0..1, 1 = every count is a fair share.
 *
 * A group scores below 1 only when it could be better spread as far as its own counts go; whether the rest of the
 * organisation allowed it is for the composition's `unmet` to say.
 */
export function scoreGroups(people: readonly ComposablePerson[], groups: readonly GroupLike[]): GroupScore[] {
  return analyse(people, groups).scores;
}

/** Every dimension value that some group holds outside its rounded fair share, with those groups. */
export function spreadDeviations(people: readonly ComposablePerson[], groups: readonly GroupLike[]): SpreadDeviation[] {
  return analyse(people, groups).deviations;
}

function analyse(people: readonly ComposablePerson[], groups: readonly GroupLike[]) {
  const byId = new Map(people.map((person) => [person.id, person]));
  const areaIds = [...new Set(people.map((person) => person.areaId))];
  const dimensions: {
    name: SpreadDeviation['dimension'];
    values: readonly string[];
    of: (p: ComposablePerson) => string;
  }[] = [
    { name: 'area', values: areaIds, of: (person) => person.areaId },
    { name: 'level', values: LEADER_LEVELS, of: (person) => person.level },
    {
      name: 'experience',
      values: ['experienced', 'new'],
      of: (person) => (person.experienced ? 'experienced' : 'new'),
    },
  ];
  const totals = dimensions.map((dimension) => countBy(people, dimension.of));
  const n = people.length;
  const offGroups = dimensions.map((dimension) => new Map(dimension.values.map((value) => [value, [] as string[]])));

  const scores = groups.map((group): GroupScore => {
    const members = group.memberIds.flatMap((id) => byId.get(id) ?? []);
    const size = members.length;
    let off = 0;
    dimensions.forEach((dimension, d) => {
      const counts = countBy(members, dimension.of);
      for (const value of dimension.values) {
        const share = ((totals[d]?.get(value) ?? 0) * size) / n;
        const count = counts.get(value) ?? 0;
        const beyond = Math.max(0, count - Math.ceil(share)) + Math.max(0, Math.floor(share) - count);
        if (beyond > 0) offGroups[d]?.get(value)?.push(group.id);
        off += beyond / 2;
      }
    });
    const areas = countBy(members, (person) => person.areaId);
    const levels = countBy(members, (person) => person.level);
    const experienced = members.filter((person) => person.experienced).length;
    return {
      groupId: group.id,
      size,
      // fromEntries defines own properties, so an area id such as "__proto__" is just a key.
      areas: Object.fromEntries(areaIds.map((id) => [id, areas.get(id) ?? 0])),
      levels: Object.fromEntries(LEADER_LEVELS.map((level) => [level, levels.get(level) ?? 0])) as Record<
        LeaderLevel,
        number
      >,
      experienced,
      new: size - experienced,
      spread: size === 0 ? 1 : 1 - off / (dimensions.length * size),
    };
  });

  const deviations = dimensions.flatMap((dimension, d) =>
    dimension.values.flatMap((value) => {
      const groupIds = offGroups[d]?.get(value) ?? [];
      return groupIds.length > 0 ? [{ dimension: dimension.name, value, groupIds }] : [];
    }),
  );
  return { scores, deviations };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
