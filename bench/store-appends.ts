import { randomUUID } from 'node:crypto';
import { cycleStreamId } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';

/**
 * The store's own limit, measured through its adapter in the same run: single-event appends, one after the other,
 * each to a stream of its own kind (a cycle's), hash chain included.
 */
export async function singleAppendsPerSecond(store: EventStore, count = 5_000): Promise<number> {
  const streamId = cycleStreamId(`bench-${randomUUID()}`);
  const started = performance.now();
  for (let revision = 0; revision < count; revision += 1) {
    await store.appendToStream(
      streamId,
      [{ id: randomUUID(), type: 'CascadeConfirmed', data: { personId: `p-${revision}`, channel: 'møde' } }],
      { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 },
    );
  }
  return count / ((performance.now() - started) / 1000);
}
