import { ShardedMap } from './sharded-map';

describe('ShardedMap', () => {
  const people = ShardedMap.from(Array.from({ length: 300 }, (_, index) => [`p-${index}`, { n: index }] as const));

  it('keeps the order keys were first set in, and reads every one back', () => {
    expect(people.size).toBe(300);
    expect(people.keys().slice(0, 3)).toEqual(['p-0', 'p-1', 'p-2']);
    expect(people.values().map((value) => value.n)).toEqual(Array.from({ length: 300 }, (_, index) => index));
    expect(people.get('p-123')).toEqual({ n: 123 });
  });

  it('leaves the map it was set on unchanged, and keeps the place of a key set again', () => {
    const changed = people.set('p-5', { n: -5 }).set('p-new', { n: 300 });
    expect(people.get('p-5')).toEqual({ n: 5 });
    expect(people.has('p-new')).toBe(false);
    expect(changed.get('p-5')).toEqual({ n: -5 });
    expect(changed.keys().indexOf('p-5')).toBe(5);
    expect(changed.keys().at(-1)).toBe('p-new');
    expect(changed.size).toBe(301);
  });

  it('never reads through to Object.prototype', () => {
    expect(people.get('constructor')).toBeUndefined();
    expect(people.has('__proto__')).toBe(false);
    expect(ShardedMap.from([['__proto__', 1]]).get('__proto__')).toBe(1);
  });

  it('serialises as the plain object it stands for', () => {
    expect(
      JSON.parse(
        JSON.stringify(
          ShardedMap.from([
            ['b', 1],
            ['a', 2],
          ]),
        ),
      ),
    ).toEqual({ b: 1, a: 2 });
  });
});
