import type { Assignment } from './assignment';
import type { CompositionModel } from './composition-model';
import { shuffle, type Random } from './seeded-random';
import type { WorkBudget } from './work-budget';

/** Passes are bounded besides the work budget: past this many, what is left to gain is polish. */
const MAX_PASSES = 60;
const MIN_PASSES = 2;
const EPSILON = 1e-9;

/**
 * Hill climbing by pairwise swaps. A swap keeps every group's size and is not made if it would leave a group without
 * a chef or direktør, so the two higher-priority constraints cannot break; it is taken only if it removes a manager
 * conflict, or adds none and lowers the spread cost. Each pass looks, for everyone in a group with something to fix
 * (a manager conflict or a feature outside its rounded share), at every possible partner, and makes the best swap
 * found. Passes repeat, in a seeded order, until one changes nothing or no longer reduces what there is to fix.
 */
export function hillClimb(model: CompositionModel, assignment: Assignment, random: Random, budget: WorkBudget): void {
  // With one group there is nobody to trade with.
  if (model.groupCount < 2) return;
  const movable = model.people.map((_, p) => p);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    const troublesBefore = assignment.conflicts + assignment.offCells;
    for (const p of shuffle([...movable], random)) {
      if (assignment.troubles[assignment.groupOf[p] as number] === 0) continue;
      let best = -1;
      let bestConflicts = 0;
      let bestCost = -EPSILON;
      for (const q of movable) {
        if (assignment.groupOf[q] === assignment.groupOf[p] || !assignment.swapKeepsCandidates(p, q)) continue;
        const conflicts = assignment.swapConflicts(p, q);
        if (conflicts > bestConflicts) continue;
        const cost = assignment.swapCost(p, q);
        if (conflicts < bestConflicts || cost < bestCost) {
          best = q;
          bestConflicts = conflicts;
          bestCost = cost;
        }
      }
      if (best >= 0) {
        assignment.swap(p, best);
        changed = true;
      }
      if (budget.exhausted) return;
    }
    if (!changed) return;
    // Passes that only polish within the rounded shares are worth little and cost a full scan each.
    if (pass >= MIN_PASSES - 1 && assignment.conflicts + assignment.offCells >= troublesBefore) return;
  }
}
