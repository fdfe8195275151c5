import { anneal, annealingSteps } from './anneal';
import { Assignment } from './assignment';
import type { CompositionModel } from './composition-model';
import { seedFacilitators } from './facilitators';
import { hillClimb } from './hill-climb';
import { placeRemaining } from './initial-placement';
import { seededRandom, type Random } from './seeded-random';
import type { WorkBudget } from './work-budget';

/**
 * Attempts from fresh starting points: at most MAX_ATTEMPTS, and no more than would take ANNEALING_STEPS_IN_ALL
 * annealing steps together (small organisations get more tries, big ones fewer); and no more once PATIENCE attempts
 * in a row brought no fewer conflicts or off cells (what is left is then most likely impossible, not unlucky).
 */
const MAX_ATTEMPTS = 8;
const ANNEALING_STEPS_IN_ALL = 800_000;
const PATIENCE = 1;

/**
 * The whole search. One attempt: a chef or direktør into each group (spread across areas), everyone else placed
 * greedily, then hill climbing; only when that leaves something to fix, a bounded annealing walk and a last climb.
 * A stuck attempt is often just unlucky, so further attempts start afresh from other seeds (drawn from the one
 * given, so the whole stays deterministic) until one leaves nothing to fix or the budget is spent; the best attempt
 * wins (fewest manager conflicts, then fewest off cells, then lowest spread cost). All of it shares one work budget
 * (work-budget.ts); the first attempt always completes its greedy placement, so there is always a proposal.
 */
export function search(model: CompositionModel, random: Random, budget: WorkBudget): Assignment {
  const attempts = Math.max(1, Math.min(MAX_ATTEMPTS, Math.floor(ANNEALING_STEPS_IN_ALL / annealingSteps(model))));
  let best: Assignment | undefined;
  let fruitless = 0;
  for (let i = 0; i < attempts && fruitless < PATIENCE && (i === 0 || !budget.exhausted); i++) {
    const result = attempt(model, i === 0 ? random : seededRandom(Math.floor(random() * 2 ** 32)), budget);
    fruitless = best && !fewerProblems(result, best) ? fruitless + 1 : 0;
    if (!best || better(result, best)) best = result;
    if (best.conflicts === 0 && best.offCells === 0) break;
  }
  return best as Assignment;
}

function attempt(model: CompositionModel, random: Random, budget: WorkBudget): Assignment {
  const assignment = new Assignment(model, budget);
  seedFacilitators(model, random).forEach((p, g) => assignment.place(p, g));
  placeRemaining(model, assignment, random);
  hillClimb(model, assignment, random, budget);
  if (assignment.conflicts > 0 || assignment.offCells > 0) {
    anneal(model, assignment, random, budget);
    hillClimb(model, assignment, random, budget);
  }
  return assignment;
}

function fewerProblems(a: Assignment, b: Assignment): boolean {
  return a.conflicts !== b.conflicts ? a.conflicts < b.conflicts : a.offCells < b.offCells;
}

function better(a: Assignment, b: Assignment): boolean {
  if (a.conflicts !== b.conflicts) return a.conflicts < b.conflicts;
  if (a.offCells !== b.offCells) return a.offCells < b.offCells;
  return a.spreadCost() < b.spreadCost() - 1e-9;
}
