const SHARDS = 64;

/**
 * An immutable map from string keys (person ids) to values, in the order the keys were first set. Setting one key
 * copies only the shard the key hashes to, so recording one leader's confirmation in a cycle of 2,500 copies about
 * 40 entries instead of 2,500: folding a whole cycle stays linear, not quadratic, in its number of participants.
 * A key never reads through to Object.prototype ("constructor" is just another key). Serialises as a plain object.
 */
export class ShardedMap<V> {
  private constructor(
    private readonly shards: readonly ReadonlyMap<string, V>[],
    private readonly order: readonly string[],
  ) {}

  static from<V>(entries: Iterable<readonly [string, V]>): ShardedMap<V> {
    const shards = Array.from({ length: SHARDS }, () => new Map<string, V>());
    const order: string[] = [];
    for (const [key, value] of entries) {
      const shard = shards[shardOf(key)]!;
      if (!shard.has(key)) order.push(key);
      shard.set(key, value);
    }
    return new ShardedMap(shards, order);
  }

  get size(): number {
    return this.order.length;
  }

  get(key: string): V | undefined {
    return this.shards[shardOf(key)]!.get(key);
  }

  has(key: string): boolean {
    return this.shards[shardOf(key)]!.has(key);
  }

  /** A map with `key` set to `value`; this one is unchanged. */
  set(key: string, value: V): ShardedMap<V> {
    const index = shardOf(key);
    const shard = new Map(this.shards[index]!);
    const isNew = !shard.has(key);
    shard.set(key, value);
    const shards = [...this.shards];
    shards[index] = shard;
    return new ShardedMap(shards, isNew ? [...this.order, key] : this.order);
  }

  keys(): readonly string[] {
    return this.order;
  }

  values(): V[] {
    return this.order.map((key) => this.get(key)!);
  }

  toJSON(): Record<string, V> {
    return Object.fromEntries(this.order.map((key) => [key, this.get(key)!]));
  }
}

/** FNV-1a over the key's UTF-16 code units, folded onto the shards. */
function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % SHARDS;
}
