import type { CompositionModel } from './composition-model';
import { shuffle, type Random } from './seeded-random';

/**
 * Chefs and direktører to start the groups with, one per group (all of them when there are too few), spread across
 * the areas: the areas take turns. Returns person indexes; the i-th starts group i. The search may later trade them
 * for other chefs and direktører; `nameFacilitators` decides at the end who facilitates.
 */
export function seedFacilitators(model: CompositionModel, random: Random): number[] {
  const byArea = new Map<string, number[]>();
  model.people.forEach((person, p) => {
    if (model.eligible[p] === 0) return;
    byArea.set(person.areaId, [...(byArea.get(person.areaId) ?? []), p]);
  });
  const queues = shuffle([...byArea.values()], random).map((candidates) =>
    // Shuffle first, then a stable sort: the seed only orders people the preference cannot tell apart.
    shuffle(candidates, random).sort((a, b) => preference(model, a) - preference(model, b)),
  );
  const chosen: number[] = [];
  for (let round = 0; chosen.length < model.groupCount && queues.some((queue) => round < queue.length); round++) {
    for (const queue of queues) {
      const candidate = queue[round];
      if (candidate !== undefined && chosen.length < model.groupCount) chosen.push(candidate);
    }
  }
  return chosen;
}

/**
 * Names one facilitator per group among its chefs and direktører, spreading the facilitators across the areas:
 * groups with the fewest candidates choose first, each taking the candidate whose area facilitates least so far.
 * Among equals: experienced before new (facilitating is easier with experience), chefs before direktører (the
 * direktører are few and mostly manage the chefs), then the order of the input. undefined: the group has none.
 */
export function nameFacilitators(
  model: CompositionModel,
  members: readonly (readonly number[])[],
): (number | undefined)[] {
  const candidates = members.map((inGroup) => inGroup.filter((p) => model.eligible[p] === 1));
  const order = candidates.map((_, g) => g).sort((a, b) => (candidates[a]?.length ?? 0) - (candidates[b]?.length ?? 0));
  const perArea = new Map<string, number>();
  const areaCount = (p: number) => perArea.get(model.people[p]?.areaId as string) ?? 0;
  const chosen: (number | undefined)[] = members.map(() => undefined);
  for (const g of order) {
    let best: number | undefined;
    for (const p of candidates[g] ?? []) {
      if (
        best === undefined ||
        areaCount(p) < areaCount(best) ||
        (areaCount(p) === areaCount(best) && preference(model, p) < preference(model, best))
      ) {
        best = p;
      }
    }
    if (best === undefined) continue;
    chosen[g] = best;
    const area = model.people[best]?.areaId as string;
    perArea.set(area, (perArea.get(area) ?? 0) + 1);
  }
  return chosen;
}

function preference(model: CompositionModel, p: number): number {
  const person = model.people[p];
  return (person?.experienced ? 0 : 2) + (person?.level === 'chef' ? 0 : 1);
}
