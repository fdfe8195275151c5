import type { Assignment } from './assignment';
import type { CompositionModel } from './composition-model';
import type { Random } from './seeded-random';
import type { WorkBudget } from './work-budget';

// Read once: inside a vm context (Jest, a workflow sandbox) each read of a global such as Math in a hot loop is slow.
const { abs, floor } = Math;

/** Longer chains are rare and costly to look at; the walk just tries another move. */
const MAX_CHAIN = 48;
/** Fillers are found by sampling; a chain that needs many is dropped rather than searched for at length. */
const MAX_FILLERS = 8;
const FILLER_TRIES = 4;

/**
 * A chain move for the annealing walk, for when swapping p and q would put someone with their manager. Between p's
 * group and q's, take everyone linked to p or q by a manager relation inside those two groups and flip their sides:
 * within such a chain nobody gains a conflict (who was apart stays apart), and nobody outside it is linked to it
 * in these groups. Then people with no relation in either group move the other way until the sizes are as before.
 * With two groups this is the only way to turn a manager's whole line around; swaps one at a time cannot.
 * Returns the people to move, each to the other of the two groups, or undefined when no such move was found.
 */
export class ChainMoves {
  private readonly seen: Int32Array;
  private mark = 0;

  constructor(
    private readonly model: CompositionModel,
    private readonly movable: readonly number[],
    private readonly budget: WorkBudget,
  ) {
    this.seen = new Int32Array(model.people.length);
  }

  find(assignment: Assignment, p: number, q: number, random: Random): number[] | undefined {
    this.mark++;
    const g1 = assignment.groupOf[p] as number;
    const g2 = assignment.groupOf[q] as number;
    const chain: number[] = [];
    if (!this.collect(assignment, p, g1, g2, chain) || !this.collect(assignment, q, g1, g2, chain)) return undefined;
    let balance = 0;
    for (const x of chain) balance += assignment.groupOf[x] === g1 ? 1 : -1;
    if (abs(balance) > MAX_FILLERS) return undefined;
    // balance > 0: more leave g1 than join it, so fillers come from g2; and the other way round.
    const from = balance > 0 ? g2 : g1;
    for (let tries = 0; balance !== 0 && tries < FILLER_TRIES * abs(balance); tries++) {
      this.budget.spent++;
      const x = this.movable[floor(random() * this.movable.length)] as number;
      if (assignment.groupOf[x] !== from || this.seen[x] === this.mark) continue;
      if (assignment.relatedIn(x, g1) > 0 || assignment.relatedIn(x, g2) > 0) continue;
      this.seen[x] = this.mark;
      chain.push(x);
      balance += balance > 0 ? -1 : 1;
    }
    return balance === 0 ? chain : undefined;
  }

  /** Adds x's chain (breadth first over manager relations within g1 and g2); false if it grows too long. */
  private collect(assignment: Assignment, x: number, g1: number, g2: number, chain: number[]): boolean {
    if (this.seen[x] === this.mark) return true;
    const start = chain.length;
    this.seen[x] = this.mark;
    chain.push(x);
    for (let i = start; i < chain.length; i++) {
      const y = chain[i] as number;
      if (chain.length > MAX_CHAIN) return false;
      const relations = this.model.relations[y] as readonly number[];
      this.budget.spent += 1 + relations.length;
      for (const r of relations) {
        const g = assignment.groupOf[r];
        if ((g !== g1 && g !== g2) || this.seen[r] === this.mark) continue;
        this.seen[r] = this.mark;
        chain.push(r);
      }
    }
    return true;
  }
}
