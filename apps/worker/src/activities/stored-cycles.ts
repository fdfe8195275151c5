import { cycleStreamId, evolveCycle, initialCycleState, type CycleEvent, type CycleState } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';

export interface StoredCycle {
  readonly state: CycleState;
  /** -1 for a cycle with no events. */
  readonly revision: number;
}

/**
 * Cycles as stored, folded once and then brought up to date with only the events since: a round of 2,500 messages
 * reads its cycle once per part, and folding 5,000 events afresh each time would cost seconds. Streams only grow, so
 * a cached fold plus the newer events is the whole fold. Keeps the most recently used cycles.
 */
export class StoredCycles {
  private readonly folded = new Map<string, StoredCycle>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 100,
  ) {}

  async current(cycleId: string): Promise<StoredCycle> {
    const known = this.folded.get(cycleId) ?? { state: initialCycleState, revision: -1 };
    const newer = await this.store.readStream(cycleStreamId(cycleId), { fromRevision: known.revision + 1 });
    const current = {
      state: (newer as unknown as CycleEvent[]).reduce(evolveCycle, known.state),
      revision: known.revision + newer.length,
    };
    this.folded.delete(cycleId);
    this.folded.set(cycleId, current);
    if (this.folded.size > this.capacity) this.folded.delete(this.folded.keys().next().value as string);
    return current;
  }
}
