import type { Assignment } from './assignment';
import { AREA, DIMENSIONS, EXPERIENCE, LEVEL, type CompositionModel } from './composition-model';
import { shuffle, type Random } from './seeded-random';

/**
 * Places everyone who is not yet placed, one at a time, each in the group with room that suits them best: first the
 * fewest of their manager and direct reports, then the lowest spread cost. Ties go to the next group after the last
 * one chosen, so people with the same profile are dealt round the groups like cards.
 *
 * Order, most constrained first: managers by number of direct reports (placed before their reports, a manager only
 * rules out one group for each report; placed after, the reports may already sit in every group), then the others
 * by area, largest area first, then by level and experience, so each profile is dealt out in one run.
 */
export function placeRemaining(model: CompositionModel, assignment: Assignment, random: Random): void {
  const reports = new Int32Array(model.people.length);
  model.managerOf.forEach((manager) => {
    if (manager >= 0) reports[manager] = (reports[manager] as number) + 1;
  });
  const feature = (p: number, d: number) => model.features[p * DIMENSIONS + d] as number;
  const profile = (p: number) => [
    -(model.totals[feature(p, AREA)] as number),
    feature(p, AREA),
    feature(p, LEVEL),
    feature(p, EXPERIENCE),
  ];
  const order = shuffle(
    model.people.map((_, p) => p).filter((p) => assignment.groupOf[p] === -1),
    random,
  );
  const keys = order.map((p) => [-(reports[p] as number), ...profile(p)]);
  const rank = new Map(order.map((p, i) => [p, keys[i] as number[]]));
  order.sort((a, b) => compareKeys(rank.get(a) as number[], rank.get(b) as number[]));

  const groupCount = model.groupCount;
  let cursor = Math.floor(random() * groupCount);
  for (const p of order) {
    let best = -1;
    let bestConflicts = Infinity;
    let bestCost = Infinity;
    for (let i = 0; i < groupCount; i++) {
      const g = (cursor + i) % groupCount;
      if ((assignment.sizes[g] as number) >= (model.targetSizes[g] as number)) continue;
      const conflicts = assignment.relatedIn(p, g);
      if (conflicts > bestConflicts) continue;
      const cost = assignment.additionCost(p, g);
      if (conflicts < bestConflicts || cost < bestCost - 1e-9) {
        best = g;
        bestConflicts = conflicts;
        bestCost = cost;
      }
    }
    assignment.place(p, best);
    cursor = (best + 1) % groupCount;
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}
