/**
 * A bound on the search counted in units of work (a swap looked at, a person moved, one of their relations
 * updated), not in milliseconds: the clock would make the result depend on the machine, and the domain must give
 * the same proposal for the same input and seed. One unit is some tens of nanoseconds.
 */
export class WorkBudget {
  spent = 0;
  constructor(readonly limit: number) {}

  get exhausted(): boolean {
    return this.spent >= this.limit;
  }
}

const UNITS_PER_PERSON = 10_000;
const MIN_UNITS = 2_000_000;
const MAX_UNITS = 25_000_000;

/**
 * Grows with the organisation, so that even a hopeless case (one nothing can make perfect, where the search spends
 * all it may) stays around a tenth of a second for 300 people and under a second for 2,500; ordinary organisations
 * finish long before the bound.
 */
export function workBudgetFor(people: number): WorkBudget {
  return new WorkBudget(Math.min(MAX_UNITS, Math.max(MIN_UNITS, UNITS_PER_PERSON * people)));
}
