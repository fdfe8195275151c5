/**
 * A bound on the search counted in units of work (a swap looked at, a person moved, one of their relations
 * updated), not in milliseconds: the clock would make the result depend on the machine, and the domain must give
 * the same proposal for the same input and seed. One unit is some tens of nanoseconds, so the default bound keeps
 * even a hopeless 2,500-person organisation well under a second; ordinary ones finish long before it.
 */
export class WorkBudget {
  spent = 0;
  constructor(readonly limit: number) {}

  get exhausted(): boolean {
    return this.spent >= this.limit;
  }
}

export const DEFAULT_WORK_LIMIT = 25_000_000;
