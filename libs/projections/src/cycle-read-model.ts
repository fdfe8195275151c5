import {
  evolveCycle,
  inputKey,
  toCycleView,
  type CycleEvent,
  type CycleState,
  type CycleView,
} from '@ledelsesrum/domain';
import type { EventStore, RecordedEvent, Subscription } from '@ledelsesrum/event-store';

const CYCLE_STREAM_PREFIX = 'cycle-';

interface Entry {
  state: CycleState;
  revision: number;
}

/** A later cycle that took up an item of a group's input to chefgruppen. */
export interface TakenUpIn {
  readonly cycleId: string;
  readonly theme: string;
  readonly at: string;
}

/**
 * Every cycle's current view, projected from the global event order with the domain's own `evolve`. It keeps
 * nothing of its own: after a restart it is rebuilt from the first event.
 */
export class CycleReadModel {
  private readonly cycles = new Map<string, Entry>();
  /**
   * Across cycles: the InputTakenUp event is in the later cycle's stream, but the question ("what became of this
   * input?") is asked of the earlier one. Keyed by the earlier cycle's `inputKey`.
   */
  private readonly takenUp = new Map<string, TakenUpIn[]>();
  private readonly waiters = new Set<() => void>();
  private subscription?: Subscription;

  constructor(private readonly store: EventStore) {}

  /** Catches up with the store, then keeps following it. */
  async start(): Promise<void> {
    this.subscription = this.store.subscribeToAll({
      afterPosition: 0,
      onEvent: (event) => this.apply(event),
      onError: (error) => console.error('Cyklusprojektionen stoppede / The cycle projection stopped:', error),
    });
    await this.subscription.caughtUp();
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.waiters.forEach((wake) => wake());
  }

  get(cycleId: string): { state: CycleState; revision: number } | undefined {
    return this.cycles.get(cycleId);
  }

  view(cycleId: string): CycleView | undefined {
    const entry = this.cycles.get(cycleId);
    return entry && entry.state.status === 'launched' ? toCycleView(entry.state, entry.revision) : undefined;
  }

  /** The later cycles that took up item `item` (from 0) of the group's input in the cycle, in the order they did. */
  takenUpIn(cycleId: string, groupId: string, item: number): readonly TakenUpIn[] {
    return this.takenUp.get(inputKey(cycleId, groupId, item)) ?? [];
  }

  list(): CycleView[] {
    return [...this.cycles.keys()].flatMap((id) => this.view(id) ?? []);
  }

  /** Resolves once the cycle's projection has reached `revision` (read-your-writes after a command). */
  async waitForRevision(cycleId: string, revision: number, timeoutMs = 10_000): Promise<void> {
    const reached = () => (this.cycles.get(cycleId)?.revision ?? -1) >= revision;
    if (reached()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Projektionen nåede ikke revision ${revision} / The projection did not reach it in time`));
      }, timeoutMs);
      const check = () => {
        if (!reached()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  private apply(event: RecordedEvent): void {
    if (!event.streamId.startsWith(CYCLE_STREAM_PREFIX)) return;
    const cycleId = event.streamId.slice(CYCLE_STREAM_PREFIX.length);
    const entry = this.cycles.get(cycleId) ?? { state: { status: 'not_launched' }, revision: -1 };
    const cycleEvent = event as unknown as CycleEvent;
    entry.state = evolveCycle(entry.state, cycleEvent);
    entry.revision = event.revision;
    this.cycles.set(cycleId, entry);
    if (cycleEvent.type === 'InputTakenUp' && entry.state.status === 'launched') {
      const { fromCycleId, groupId, item, at } = cycleEvent.data;
      const key = inputKey(fromCycleId, groupId, item);
      this.takenUp.set(key, [...(this.takenUp.get(key) ?? []), { cycleId, theme: entry.state.theme, at }]);
    }
    this.waiters.forEach((check) => check());
  }
}
