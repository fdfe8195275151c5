/** Above this many cells the table falls back to a map; below, a typed array is several times faster. */
const MAX_DENSE_CELLS = 4_000_000;

/**
 * For each person and group: how many of the person's manager and direct reports are in the group. Read at every
 * swap the search looks at, so it is a flat typed array (rows only for people who have a manager or reports),
 * unless an odd input (thousands of groups) would make that too big.
 */
export class RelatedCounts {
  private readonly rowOf: Int32Array;
  private readonly dense: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();

  constructor(
    relations: readonly (readonly number[])[],
    private readonly groupCount: number,
  ) {
    this.rowOf = new Int32Array(relations.length).fill(-1);
    let rows = 0;
    relations.forEach((related, p) => {
      if (related.length > 0) this.rowOf[p] = rows++;
    });
    this.dense = rows * groupCount <= MAX_DENSE_CELLS ? new Int32Array(rows * groupCount) : undefined;
  }

  get(p: number, g: number): number {
    const row = this.rowOf[p] as number;
    if (row < 0) return 0;
    const at = row * this.groupCount + g;
    return this.dense ? (this.dense[at] as number) : (this.sparse.get(at) ?? 0);
  }

  /** Only for people with relations (anyone's manager or report has a row). */
  add(p: number, g: number, step: number): void {
    const at = (this.rowOf[p] as number) * this.groupCount + g;
    if (this.dense) {
      this.dense[at] = (this.dense[at] as number) + step;
      return;
    }
    const next = (this.sparse.get(at) ?? 0) + step;
    if (next === 0) this.sparse.delete(at);
    else this.sparse.set(at, next);
  }
}
