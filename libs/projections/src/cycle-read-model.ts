import { inputKey, toCycleView, type CycleState, type CycleView } from '@ledelsesrum/domain';
import type { EventStore, Subscription } from '@ledelsesrum/event-store';
import {
  emptyCycleProjection,
  foldIntoCycleProjection,
  type CycleProjection,
  type TakenUpIn,
} from './cycle-projection';

export type { TakenUpIn } from './cycle-projection';

/** What a rebuild did: the cycles and events it folded from the first event, up to `position`, and how long it took. */
export interface RebuildResult {
  readonly cycles: number;
  readonly events: number;
  readonly position: number;
  readonly durationMs: number;
}

/**
 * Every cycle's current view, projected from the global event order with the domain's own `evolve`. It keeps
 * nothing of its own: after a restart it is rebuilt from the first event, and `rebuild()` does so while it runs.
 */
export class CycleReadModel {
  private projection = emptyCycleProjection();
  private readonly waiters = new Set<() => void>();
  private subscription?: Subscription;
  /** The subscription of a rebuild under way, so that `stop()` stops it too. */
  private rebuildSubscription?: Subscription;
  private rebuilding?: Promise<RebuildResult>;
  private stopped = false;

  constructor(private readonly store: EventStore) {}

  /** Catches up with the store, then keeps following it. */
  async start(): Promise<void> {
    this.subscription = this.follow(this.projection, 0);
    await this.subscription.caughtUp();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.rebuildSubscription?.stop();
    await this.subscription?.stop();
    this.waiters.forEach((wake) => wake());
  }

  /**
   * Drops what the model knows and folds every event again from the first, into a new projection, while the old one
   * goes on answering and following the store. Once the new one has caught up (and reached at least where the old
   * one was), it replaces the old one in a single step: no reader ever sees a half-built model, and a command that
   * waits for its revision is woken as soon as the projection in place has it. A call while a rebuild runs joins it.
   */
  rebuild(): Promise<RebuildResult> {
    this.rebuilding ??= this.rebuildNow().finally(() => (this.rebuilding = undefined));
    return this.rebuilding;
  }

  /**
   * Resolves once every event stored up to now is in the model. For an answer that would otherwise be "unknown": with
   * several API replicas, a cycle launched through another one may be stored but not yet delivered here.
   */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  get(cycleId: string): { state: CycleState; revision: number } | undefined {
    return this.projection.cycles.get(cycleId);
  }

  view(cycleId: string): CycleView | undefined {
    const entry = this.projection.cycles.get(cycleId);
    return entry && entry.state.status === 'launched' ? toCycleView(entry.state, entry.revision) : undefined;
  }

  /** The later cycles that took up item `item` (from 0) of the group's input in the cycle, in the order they did. */
  takenUpIn(cycleId: string, groupId: string, item: number): readonly TakenUpIn[] {
    return this.projection.takenUp.get(inputKey(cycleId, groupId, item)) ?? [];
  }

  list(): CycleView[] {
    return [...this.projection.cycles.keys()].flatMap((id) => this.view(id) ?? []);
  }

  /** Resolves once the cycle's projection has reached `revision` (read-your-writes after a command). */
  async waitForRevision(cycleId: string, revision: number, timeoutMs = 10_000): Promise<void> {
    const reached = () => (this.projection.cycles.get(cycleId)?.revision ?? -1) >= revision;
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

  private async rebuildNow(): Promise<RebuildResult> {
    const started = Date.now();
    const fresh = emptyCycleProjection();
    const subscription = this.follow(fresh, 0);
    this.rebuildSubscription = subscription;
    try {
      await subscription.caughtUp();
      // The old projection stops where it is; the new one then catches up at least to there, and takes over.
      const old = this.subscription;
      await old?.stop();
      try {
        await subscription.caughtUp();
      } catch (error) {
        // The new one failed: the old one goes on from where it stopped, as if nothing had been tried.
        if (old && !this.stopped) this.subscription = this.follow(this.projection, old.checkpoint);
        throw error;
      }
      this.projection = fresh;
      this.subscription = subscription;
      this.waiters.forEach((check) => check());
      return {
        cycles: fresh.cycles.size,
        events: fresh.events,
        position: fresh.position,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      if (this.subscription !== subscription) await subscription.stop();
      throw error;
    } finally {
      this.rebuildSubscription = undefined;
    }
  }

  /** Folds the store's events after `afterPosition` into `projection`, and keeps doing so as new ones come. */
  private follow(projection: CycleProjection, afterPosition: number): Subscription {
    return this.store.subscribeToAll({
      afterPosition,
      onEvent: (event) => {
        foldIntoCycleProjection(projection, event);
        // Only the projection readers see can reach a revision someone waits for.
        if (projection === this.projection) this.waiters.forEach((check) => check());
      },
      onError: (error) =>
        console.error('Læsemodellen for møderunderne stoppede / The meeting rounds’ read model stopped:', error),
    });
  }
}
