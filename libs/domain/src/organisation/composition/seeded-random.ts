/**
 * A small seeded PRNG, because the domain must be deterministic (no Math.random): the same seed always gives the
 * same sequence, so a proposal can be reproduced from its input and seed.
 */
export type Random = () => number;

// Read once: inside a vm context (Jest, a workflow sandbox) each read of a global such as Math in a hot loop is slow.
const { floor, imul } = Math;

/** mulberry32: 32 bits of state, good enough to break ties and order a search; returns [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates, in place; returns the same array for chaining. */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = floor(random() * (i + 1));
    const item = items[i] as T;
    items[i] = items[j] as T;
    items[j] = item;
  }
  return items;
}
