/**
 * The hash chain every adapter must build (part of the conformance suite): each event's `hash` and `chainHash`
 * recomputed here from what the store returns must equal what it stored, so an auditor's check and an export from
 * any adapter agree. Called from `runEventStoreConformance` with the test's fresh store.
 */
import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { chainHash, eventHash } from '../hash-chain/event-hash';

const HEX_SHA256 = /^[0-9a-f]{64}$/;

const event = (data: unknown, metadata?: Record<string, unknown>): NewEvent => ({
  id: randomUUID(),
  type: 'SomethingHappened',
  data,
  ...(metadata === undefined ? {} : { metadata }),
});

/** Recomputes both hashes of every event, in global order, from its content and its predecessors' stored hashes. */
function expectIntactChain(all: readonly RecordedEvent[]): void {
  const lastHashOfStream = new Map<string, string>();
  let previousChainHash: string | null = null;
  for (const stored of all) {
    expect(stored.hash).toMatch(HEX_SHA256);
    expect(stored.chainHash).toMatch(HEX_SHA256);
    const previousHash = lastHashOfStream.get(stored.streamId) ?? null;
    expect({ position: stored.position, hash: eventHash(stored, previousHash) }).toEqual({
      position: stored.position,
      hash: stored.hash,
    });
    expect(chainHash(stored.position, stored.hash, previousChainHash)).toBe(stored.chainHash);
    lastHashOfStream.set(stored.streamId, stored.hash);
    previousChainHash = stored.chainHash;
  }
}

export function describeHashChainConformance(current: () => EventStore, another?: () => Promise<EventStore>): void {
  describe('hash chain', () => {
    it('stores for every event the hash of its content and predecessor, and links it into the global chain', async () => {
      const store = current();
      const [a, b] = [`a-${randomUUID()}`, `b-${randomUUID()}`];
      await store.appendToStream(a, [event({ by: 'Ærø', n: [1, -2, 3.5] }, { actor: { id: 'p-1', role: 'x' } })], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream(b, [event(undefined), event({ z: 1, a: { y: null, b: true } })], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream(a, [event('text 🙂 "quoted"\n'), event([])], { expectedRevision: 0 });

      const all = await store.readAll();
      expect(all).toHaveLength(5);
      expectIntactChain(all);
      // Reading one stream returns the same hashes as reading the whole log.
      expect((await store.readStream(a)).map((e) => [e.hash, e.chainHash])).toEqual(
        all.filter((e) => e.streamId === a).map((e) => [e.hash, e.chainHash]),
      );
    });

    it('the first event links to null, and each stream starts from a null previous hash', async () => {
      const store = current();
      const streamId = `first-${randomUUID()}`;
      await store.appendToStream(streamId, [event({ only: true })], { expectedRevision: 'no_stream' });
      const [first] = await store.readAll();
      expect(first!.hash).toBe(eventHash(first!, null));
      expect(first!.chainHash).toBe(chainHash(first!.position, first!.hash, null));
    });

    it('an idempotent retry changes no hash and adds nothing to the chain', async () => {
      const store = current();
      const streamId = `retry-${randomUUID()}`;
      const events = [event({ i: 1 }), event({ i: 2 })];
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      const before = await store.readAll();
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      await store.appendToStream(streamId, [event({ i: 3 })], { expectedRevision: 1 });
      const after = await store.readAll();
      expect(after.slice(0, 2)).toEqual(before);
      expect(after).toHaveLength(3);
      expectIntactChain(after);
    });

    it('headPosition is 0 for an empty store, then the position of the last event', async () => {
      const store = current();
      expect(await store.headPosition()).toBe(0);
      const { position } = await store.appendToStream(`head-${randomUUID()}`, [event(1), event(2)], {
        expectedRevision: 'no_stream',
      });
      expect(await store.headPosition()).toBe(position);
    });

    (another === undefined ? it.skip : it)('writers on two connections still build one unbroken chain', async () => {
      const stores = [current(), await another!()];
      const streams = [`x-${randomUUID()}`, `y-${randomUUID()}`, `z-${randomUUID()}`];
      await Promise.all(
        Array.from({ length: 30 }, async (_, index) => {
          const store = stores[index % 2]!;
          await store.appendToStream(streams[index % 3]!, [event({ index })], { expectedRevision: 'any' });
        }),
      );
      const all = await current().readAll();
      expect(all).toHaveLength(30);
      expectIntactChain(all);
    });
  });
}
