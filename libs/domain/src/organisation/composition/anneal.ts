import type { Assignment } from './assignment';
import { ChainMoves } from './chain-move';
import type { CompositionModel } from './composition-model';
import type { Random } from './seeded-random';
import type { WorkBudget } from './work-budget';

// Read once: inside a vm context (Jest, a workflow sandbox) each read of a global such as Math in a hot loop is slow.
const { exp, floor } = Math;

/** Swaps tried, per person, at least and at most: enough to settle 300 people, bounded for 2,500 and more. */
const STEPS_PER_PERSON = 100;
const MIN_STEPS = 20_000;
const MAX_STEPS = 250_000;
/** A manager conflict weighs like moving a couple of people to the wrong group, so the walk can pass through one. */
const CONFLICT_WEIGHT = 8;
const START_TEMPERATURE = 3;
const END_TEMPERATURE = 0.05;

/**
 * Simulated annealing, for when hill climbing got stuck with something left to fix: a manager conflict or a feature
 * outside its rounded share often needs two moves, the first of which looks worse. Each step picks p (mostly from a
 * group with trouble) and q in another group and tries to swap them, or, when that swap would put someone with their
 * manager, a chain move (chain-move.ts). A move is taken if better or, with a probability that falls as the walk
 * cools, if worse. Sizes never change from one step to the next, and no group loses its last chef or direktør.
 *
 * The walk ends at the best assignment it saw (fewest conflicts, then fewest off cells, then lowest cost), so it can
 * only improve on where it started: it logs the moves made since the best and undoes them at the end, which is
 * cheaper than copying the assignment at every new best.
 */
export function anneal(model: CompositionModel, assignment: Assignment, random: Random, budget: WorkBudget): void {
  const movable = model.people.map((_, p) => p);
  if (movable.length < 2 || model.groupCount < 2) return;
  const chains = new ChainMoves(model, movable, budget);
  let cost = assignment.spreadCost();
  let bestConflicts = assignment.conflicts;
  let bestOff = assignment.offCells;
  let bestCost = cost;
  /** Moves since the best, as (person, group they came from) pairs. */
  const log: number[] = [];
  const steps = annealingSteps(model);
  const cooling = (END_TEMPERATURE / START_TEMPERATURE) ** (1 / steps);
  let temperature = START_TEMPERATURE;
  const pick = () => movable[floor(random() * movable.length)] as number;
  const accept = (change: number) => change <= 0 || random() < exp(-change / temperature);

  for (let i = 0; i < steps && (assignment.conflicts > 0 || assignment.offCells > 0) && !budget.exhausted; i++) {
    temperature *= cooling;
    // Mostly start from a group with trouble: a move between two untroubled groups rarely helps.
    let p = pick();
    for (let tries = 0; tries < 4 && assignment.troubles[assignment.groupOf[p] as number] === 0; tries++) p = pick();
    const q = pick();
    const g1 = assignment.groupOf[p] as number;
    const g2 = assignment.groupOf[q] as number;
    if (g1 === g2) continue;
    if (!assignment.swapKeepsCandidates(p, q)) continue;
    const conflicts = assignment.swapConflicts(p, q);
    if (conflicts <= 0) {
      const costChange = assignment.swapCost(p, q);
      if (!accept(CONFLICT_WEIGHT * conflicts + costChange)) continue;
      assignment.swap(p, q);
      log.push(p, g1, q, g2);
      cost += costChange;
    } else {
      const chain = chains.find(assignment, p, q, random);
      if (!chain) continue;
      const before = assignment.conflicts;
      const uncovered = assignment.uncovered;
      const start = log.length;
      let costChange = 0;
      for (const x of chain) {
        const from = assignment.groupOf[x] as number;
        costChange += assignment.moveCost(x, from === g1 ? g2 : g1);
        assignment.move(x, from === g1 ? g2 : g1);
        log.push(x, from);
      }
      const keeps = assignment.uncovered <= uncovered;
      if (!keeps || !accept(CONFLICT_WEIGHT * (assignment.conflicts - before) + costChange)) {
        undo(assignment, log, start);
        continue;
      }
      cost += costChange;
    }
    const better =
      assignment.conflicts !== bestConflicts
        ? assignment.conflicts < bestConflicts
        : assignment.offCells !== bestOff
          ? assignment.offCells < bestOff
          : cost < bestCost - 1e-9;
    if (better) {
      bestConflicts = assignment.conflicts;
      bestOff = assignment.offCells;
      bestCost = cost;
      log.length = 0;
    }
  }
  undo(assignment, log, 0);
}

/** Moves everyone logged after `start` back where they came from, latest first, and shortens the log. */
function undo(assignment: Assignment, log: number[], start: number): void {
  for (let i = log.length - 2; i >= start; i -= 2) assignment.move(log[i] as number, log[i + 1] as number);
  log.length = start;
}

/** Steps one annealing walk takes. */
export function annealingSteps(model: CompositionModel): number {
  return Math.min(MAX_STEPS, Math.max(MIN_STEPS, STEPS_PER_PERSON * model.people.length));
}
