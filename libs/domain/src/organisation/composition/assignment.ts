import { DIMENSIONS, type CompositionModel } from './composition-model';
import { RelatedCounts } from './related-counts';
import type { WorkBudget } from './work-budget';

// Read once: inside a vm context (Jest, a workflow sandbox) each read of a global such as Math in a hot loop is slow.
const { abs } = Math;

/**
 * Weight of each dimension in the spread cost. Areas weigh most because spreading the areas is the point of the
 * cross-cutting groups; the small differences also break ties, so the search does not wander on plateaus.
 */
const WEIGHTS = [1.2, 1, 0.9] as const;
const EPSILON = 1e-9;

/**
 * The mutable working assignment of people to groups, with the counts the cost needs kept up to date.
 *
 * Spread cost: for every group g and feature f, (count − ideal)², where ideal = total_f × size_g / n is the group's
 * proportional share of the feature; weighted by dimension and summed. Squares reward many small deviations over one
 * big one. Manager conflicts (a person in the same group as their direct manager) are counted separately and always
 * come first: the search never ends with more of them to get a better spread. Above both: a group that has a chef
 * or direktør keeps one (no particular one: who facilitates is decided at the end), and sizes never change.
 */
export class Assignment {
  readonly groupOf: Int32Array;
  readonly sizes: Int32Array;
  /** Chefs and direktører per group: the people who could facilitate it. */
  readonly candidates: Int32Array;
  /** Groups with no chef or direktør. The search never adds to them: a move that would is not made. */
  uncovered: number;
  /** Pairs of manager and direct report in the same group. */
  conflicts = 0;
  /** (group, feature) cells whose count lies outside the group's share rounded down or up. */
  offCells = 0;
  /** Per group: its off cells plus its manager conflicts; 0 = nothing to fix there. */
  readonly troubles: Int32Array;
  private readonly counts: Int32Array;
  private readonly related: RelatedCounts;
  /** Each feature's proportional share in a group of each size, by group: `shares[g][f]`. */
  private readonly shares: readonly Float64Array[];

  constructor(
    private readonly model: CompositionModel,
    private readonly budget: WorkBudget,
  ) {
    const n = model.people.length;
    this.groupOf = new Int32Array(n).fill(-1);
    this.sizes = new Int32Array(model.groupCount);
    this.candidates = new Int32Array(model.groupCount);
    this.uncovered = model.groupCount;
    // Sizes take at most two values, so two arrays of shares serve every group.
    const bySize = new Map<number, Float64Array>();
    this.shares = Array.from(model.targetSizes, (size) => {
      let shares = bySize.get(size);
      if (!shares) {
        shares = Float64Array.from(model.totals, (total) => (total * size) / n);
        bySize.set(size, shares);
      }
      return shares;
    });
    this.counts = new Int32Array(model.groupCount * model.featureCount);
    this.troubles = new Int32Array(model.groupCount);
    this.related = new RelatedCounts(model.relations, model.groupCount);
    // Before anyone is placed, every feature some group should hold is missing there.
    for (let g = 0; g < model.groupCount; g++) {
      for (let f = 0; f < model.featureCount; f++) if (this.isOff(g, f)) this.mark(g, 1);
    }
  }

  /** Whether group g holds a feature outside its share rounded down or up. */
  isOff(g: number, feature: number): boolean {
    return abs(this.excess(g, feature)) > 1 - EPSILON;
  }

  count(g: number, feature: number): number {
    return this.counts[g * this.model.featureCount + feature] as number;
  }

  /** How far group g is above (+) or below (−) its proportional share of a feature. */
  excess(g: number, feature: number): number {
    return this.count(g, feature) - ((this.shares[g] as Float64Array)[feature] as number);
  }

  /** How many of p's manager and direct reports are in group g. */
  relatedIn(p: number, g: number): number {
    return this.related.get(p, g);
  }

  /** The whole spread cost; the search keeps track of changes, this is for a starting point. */
  spreadCost(): number {
    let cost = 0;
    for (let g = 0; g < this.model.groupCount; g++) {
      for (let f = 0; f < this.model.featureCount; f++) {
        cost += (WEIGHTS[this.model.dimensionOf[f] as number] as number) * this.excess(g, f) ** 2;
      }
    }
    return cost;
  }

  /** Change in spread cost if p (not yet placed) joins group g. */
  additionCost(p: number, g: number): number {
    let cost = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      cost += (WEIGHTS[d] as number) * (2 * this.excess(g, this.feature(p, d)) + 1);
    }
    return cost;
  }

  /** Change in spread cost if p and q (in different groups) trade places. */
  swapCost(p: number, q: number): number {
    this.budget.spent++;
    const g1 = this.groupOf[p] as number;
    const g2 = this.groupOf[q] as number;
    let cost = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      const a = this.feature(p, d);
      const b = this.feature(q, d);
      if (a === b) continue;
      // (c − I)² changes by −2(c − I) + 1 when one leaves and by 2(c − I) + 1 when one joins.
      const change =
        4 - 2 * this.excess(g1, a) + 2 * this.excess(g1, b) - 2 * this.excess(g2, b) + 2 * this.excess(g2, a);
      cost += (WEIGHTS[d] as number) * change;
    }
    return cost;
  }

  /** Whether p and q can trade places without leaving a group that had a chef or direktør without one. */
  swapKeepsCandidates(p: number, q: number): boolean {
    const { eligible } = this.model;
    if (eligible[p] === eligible[q]) return true;
    const losing = eligible[p] === 1 ? this.groupOf[p] : this.groupOf[q];
    return (this.candidates[losing as number] as number) > 1;
  }

  /** Change in the number of manager conflicts if p and q (in different groups) trade places. */
  swapConflicts(p: number, q: number): number {
    this.budget.spent++;
    const { relations, managerOf } = this.model;
    if ((relations[p] as readonly number[]).length === 0 && (relations[q] as readonly number[]).length === 0) return 0;
    const g1 = this.groupOf[p] as number;
    const g2 = this.groupOf[q] as number;
    // If p and q are manager and report, each counts the other in the group the other is leaving.
    const pair = managerOf[p] === q || managerOf[q] === p ? 1 : 0;
    return (
      this.relatedIn(p, g2) - pair - this.relatedIn(p, g1) + (this.relatedIn(q, g1) - pair) - this.relatedIn(q, g2)
    );
  }

  /** Change in spread cost if p moves to group g on its own (sizes change: only chain moves do that, in pairs). */
  moveCost(p: number, g: number): number {
    const from = this.groupOf[p] as number;
    let cost = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      const feature = this.feature(p, d);
      cost += (WEIGHTS[d] as number) * (2 + 2 * (this.excess(g, feature) - this.excess(from, feature)));
    }
    return cost;
  }

  move(p: number, g: number): void {
    const from = this.groupOf[p] as number;
    this.shift(p, from, -1);
    this.sizes[from] = (this.sizes[from] as number) - 1;
    this.place(p, g);
  }

  place(p: number, g: number): void {
    this.groupOf[p] = g;
    this.sizes[g] = (this.sizes[g] as number) + 1;
    this.shift(p, g, 1);
  }

  swap(p: number, q: number): void {
    const g1 = this.groupOf[p] as number;
    const g2 = this.groupOf[q] as number;
    this.shift(p, g1, -1);
    this.shift(q, g2, -1);
    this.groupOf[p] = g2;
    this.groupOf[q] = g1;
    this.shift(p, g2, 1);
    this.shift(q, g1, 1);
  }

  private feature(p: number, d: number): number {
    return this.model.features[p * DIMENSIONS + d] as number;
  }

  /** Adds (+1) or removes (−1) p's features and relations in group g; groupOf must say g when adding. */
  private shift(p: number, g: number, step: 1 | -1): void {
    const { featureCount, relations } = this.model;
    this.budget.spent += 1 + (relations[p] as readonly number[]).length;
    for (let d = 0; d < DIMENSIONS; d++) {
      const feature = this.feature(p, d);
      const at = g * featureCount + feature;
      const wasOff = this.isOff(g, feature);
      this.counts[at] = (this.counts[at] as number) + step;
      const off = this.isOff(g, feature);
      if (off !== wasOff) this.mark(g, off ? 1 : -1);
    }
    if (this.model.eligible[p] === 1) {
      const before = this.candidates[g] as number;
      this.candidates[g] = before + step;
      if (before === 0 || before + step === 0) this.uncovered -= step;
    }
    for (const r of relations[p] as readonly number[]) {
      this.related.add(r, g, step);
      // Counted once per pair: as p joins or leaves, the related people already in g gain or lose a conflict.
      if (this.groupOf[r] === g) {
        this.conflicts += step;
        this.troubles[g] = (this.troubles[g] as number) + step;
      }
    }
  }

  private mark(g: number, step: 1 | -1): void {
    this.offCells += step;
    this.troubles[g] = (this.troubles[g] as number) + step;
  }
}
