import type { RecordedEvent, SubscribeOptions, Subscription } from './event-store.port';

/** What a subscription needs from the store it follows. */
export interface SubscriptionSource {
  /** Events with a position greater than `afterPosition`, in global order, at most `maxCount` of them. */
  readPage(afterPosition: number, maxCount: number): RecordedEvent[] | Promise<RecordedEvent[]>;
  /** The position of the last stored event, or 0 when the store is empty. */
  headPosition(): number | Promise<number>;
}

export interface SubscriptionSettings {
  /** How long to wait before looking again once caught up, when no in-process notification arrives. */
  readonly pollIntervalMs: number;
  /** How many events one read fetches while catching up. */
  readonly pageSize: number;
}

interface CaughtUpWaiter {
  readonly target: number;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Follows the global order: reads a page after the checkpoint, delivers it one event at a time, and when a read comes
 * back short (nothing more to read) sleeps until `notify()` or the poll interval, whichever comes first.
 * A single loop owns the checkpoint, so events are delivered exactly once and in order.
 */
export class PollingSubscription implements Subscription {
  private position: number;
  private stopped = false;
  private failure: { readonly error: unknown } | undefined;
  /** Set by `notify()`; makes the loop read again instead of sleeping when the notification came mid-delivery. */
  private wakeRequested = false;
  private wake: (() => void) | undefined;
  private readonly waiters: CaughtUpWaiter[] = [];
  private readonly finished: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly settings: SubscriptionSettings,
    /** Called once when the subscription has stopped for good (stopped, failed or its store closed). */
    private readonly onFinished: (subscription: PollingSubscription) => void,
  ) {
    this.position = options.afterPosition ?? 0;
    // Start on the next microtask so that even a first read that fails reports back after the constructor returned.
    this.finished = Promise.resolve().then(() => this.run());
  }

  /** The position of the last event whose `onEvent` has completed; resume after it. */
  get checkpoint(): number {
    return this.position;
  }

  /** Tells the subscription that new events were appended, so it reads now instead of at the next poll. */
  notify(): void {
    this.wakeRequested = true;
    this.wake?.();
  }

  /**
   * Resolves once every event stored when it was called has been delivered. Rejects if the subscription stops or
   * fails first (with the failure's error), so a caller never waits forever.
   */
  async caughtUp(): Promise<void> {
    this.assertRunning();
    const target = await this.source.headPosition();
    if (this.position >= target) return;
    this.assertRunning();
    const reached = new Promise<void>((resolve, reject) => this.waiters.push({ target, resolve, reject }));
    // Read now rather than at the next poll: the events are stored already, perhaps by another process.
    this.notify();
    return reached;
  }

  /**
   * Stops reading and polling; resolves once an `onEvent` in flight has finished. No event is delivered after that.
   * Do not await it from inside `onEvent`: it waits for that very delivery to finish.
   */
  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      this.rejectWaiters(new Error('The subscription was stopped before it caught up'));
      this.wake?.();
    }
    await this.finished;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        this.wakeRequested = false;
        const page = await this.source.readPage(this.position, this.settings.pageSize);
        for (const event of page) {
          if (this.stopped) return;
          await this.options.onEvent(event);
          this.position = event.position;
          this.resolveWaiters();
        }
        if (page.length < this.settings.pageSize && !this.wakeRequested && !this.stopped) await this.sleep();
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.onFinished(this);
    }
  }

  /** Waits for `notify()`, `stop()` or the poll interval. The timer is cleared on every path, so nothing leaks. */
  private sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.settings.pollIntervalMs);
      this.wake = done;
    });
  }

  private fail(error: unknown): void {
    this.stopped = true;
    this.failure = { error };
    this.rejectWaiters(error);
    const { onError } = this.options;
    if (onError === undefined) {
      // Without a handler a failed subscription would otherwise vanish silently.
      process.emitWarning(`Event store subscription stopped after an error: ${String(error)}`);
      return;
    }
    try {
      onError(error);
    } catch {
      // A failing error handler must not turn into an unhandled rejection of the loop.
    }
  }

  private assertRunning(): void {
    if (this.failure !== undefined) throw this.failure.error;
    if (this.stopped) throw new Error('The subscription is stopped');
  }

  private resolveWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (this.position >= waiter.target) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }

  private rejectWaiters(error: unknown): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }
}

/**
 * The subscriptions of one store instance, which every adapter keeps the same way: each follows the store through
 * `source`, all are woken when the instance appends (or hears of an append), and all stop when it closes.
 */
export class PollingSubscriptions {
  private readonly open = new Set<PollingSubscription>();

  constructor(
    private readonly source: SubscriptionSource,
    private readonly settings: SubscriptionSettings,
  ) {}

  start(options: SubscribeOptions): Subscription {
    const subscription = new PollingSubscription(this.source, options, this.settings, (finished) =>
      this.open.delete(finished),
    );
    this.open.add(subscription);
    return subscription;
  }

  /** New events were appended: every subscription reads now instead of at its next poll. */
  notify(): void {
    for (const subscription of this.open) subscription.notify();
  }

  /** Stops them all, waiting for the deliveries in flight. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.open].map((subscription) => subscription.stop()));
  }
}
