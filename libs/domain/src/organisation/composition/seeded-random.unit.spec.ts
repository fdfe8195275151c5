import { seededRandom, shuffle } from './seeded-random';

describe('seededRandom', () => {
  it('repeats its sequence for a seed, differs between seeds, and stays in [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 1000 }, seededRandom(seed));
    expect(draw(42)).toStrictEqual(draw(42));
    expect(draw(42)).not.toStrictEqual(draw(43));
    expect(draw(42).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('shuffles deterministically and keeps every item', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const once = shuffle([...items], seededRandom(7));
    expect(shuffle([...items], seededRandom(7))).toStrictEqual(once);
    expect([...once].sort((a, b) => a - b)).toStrictEqual(items);
    expect(once).not.toStrictEqual(items);
  });
});
