import {
  aggregateOfEvent,
  cycleIdOfStream,
  evolveCycle,
  inputKey,
  type CycleEvent,
  type CycleState,
} from '@ledelsesrum/domain';
import type { RecordedEvent } from '@ledelsesrum/event-store';

/** A later cycle that took up an item of a group's input to chefgruppen. */
export interface TakenUpIn {
  readonly cycleId: string;
  readonly theme: string;
  readonly at: string;
}

/** One cycle folded up to `revision`. */
export interface CycleEntry {
  state: CycleState;
  revision: number;
}

/**
 * Everything the cycle read model knows, folded from the global order with the domain's own `evolve`. The read model
 * holds one; a rebuild folds a new one from the first event and swaps it in whole.
 */
export interface CycleProjection {
  readonly cycles: Map<string, CycleEntry>;
  /**
   * Across cycles: the InputTakenUp event is in the later cycle's stream, but the question ("what became of this
   * input?") is asked of the earlier one. Keyed by the earlier cycle's `inputKey`.
   */
  readonly takenUp: Map<string, TakenUpIn[]>;
  /** Events folded (of every stream, the organisation's too), and the global position of the last one. */
  events: number;
  position: number;
}

export function emptyCycleProjection(): CycleProjection {
  return { cycles: new Map(), takenUp: new Map(), events: 0, position: 0 };
}

/** Folds the next event of the global order into the projection; events of other streams only move the count. */
export function foldIntoCycleProjection(projection: CycleProjection, event: RecordedEvent): void {
  projection.events += 1;
  projection.position = event.position;
  if (aggregateOfEvent(event.type) !== 'cycle') return;
  const cycleId = cycleIdOfStream(event.streamId);
  const { cycles, takenUp } = projection;
  const entry = cycles.get(cycleId) ?? { state: { status: 'not_launched' }, revision: -1 };
  const cycleEvent = event as unknown as CycleEvent;
  entry.state = evolveCycle(entry.state, cycleEvent);
  entry.revision = event.revision;
  cycles.set(cycleId, entry);
  if (cycleEvent.type === 'InputTakenUp' && entry.state.status === 'launched') {
    const { fromCycleId, groupId, item, at } = cycleEvent.data;
    const key = inputKey(fromCycleId, groupId, item);
    takenUp.set(key, [...(takenUp.get(key) ?? []), { cycleId, theme: entry.state.theme, at }]);
  }
}
