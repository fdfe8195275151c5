import { cycleIdOfStream, wakesCycleProcess } from '@ledelsesrum/domain';
import type { EventStore, RecordedEvent, Subscription } from '@ledelsesrum/event-store';
import type { CheckpointFile } from './checkpoint-file';

/** Wakes one cycle's process (signal-with-start); resolves once Temporal has taken the wake-up. */
export type WakeCycle = (cycleId: string) => Promise<void>;

export interface WakeUpOptions {
  /** Pause between attempts while Temporal cannot be reached. */
  readonly retryMs?: number;
  /** The checkpoint of events that woke nobody is written at most this often. */
  readonly checkpointEveryMs?: number;
  readonly log?: (message: string) => void;
}

/**
 * Follows the event store and wakes a cycle's process whenever its stream records an event that changes what the
 * process waits for. The checkpoint only moves past an event once its wake-up was taken by Temporal, so a wake-up
 * missed while the worker or Temporal was down is delivered when both are back; one sent twice is harmless (the
 * process just reads the cycle again). Wake-ups of many events for one cycle are sent as one.
 */
export class WakeUpSubscription {
  private subscription?: Subscription;
  private readonly pending = new Set<string>();
  private seen = 0;
  private saved = 0;
  private savedAt = 0;
  private flushing?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    private readonly wake: WakeCycle,
    private readonly checkpoint: CheckpointFile,
    private readonly options: WakeUpOptions = {},
  ) {}

  start(): void {
    this.saved = this.seen = this.checkpoint.read();
    this.subscription = this.store.subscribeToAll({
      afterPosition: this.saved,
      onEvent: (event) => this.take(event),
      onError: (error) => this.log(`Vækningerne stoppede / The wake-ups stopped: ${String(error)}`),
    });
  }

  /** Resolves once every event stored up to now has been seen and every wake-up it called for was taken. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
    while (this.flushing || this.pending.size > 0) await (this.flushing ?? this.flushSoon());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.subscription?.stop();
    await this.flushing;
  }

  private take(event: RecordedEvent): void {
    this.seen = event.position;
    // Only cycle events wake a cycle's process, so the stream is known to be a cycle's.
    if (wakesCycleProcess(event.type)) this.pending.add(cycleIdOfStream(event.streamId));
    void this.flushSoon();
  }

  private flushSoon(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.size === 0) {
      // Nothing to wake: only the checkpoint moves, and it need not be written for every event.
      const wait = (this.options.checkpointEveryMs ?? 1000) - (Date.now() - this.savedAt);
      if (wait > 0 && this.seen > this.saved) {
        this.timer ??= setTimeout(() => {
          this.timer = undefined;
          void this.flushSoon();
        }, wait);
        return Promise.resolve();
      }
    }
    this.flushing = this.flush().finally(() => {
      this.flushing = undefined;
      if (!this.stopped && (this.pending.size > 0 || this.seen > this.saved)) void this.flushSoon();
    });
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const upTo = this.seen;
    const cycleIds = [...this.pending];
    this.pending.clear();
    for (const cycleId of cycleIds) {
      if (!(await this.wakeUntilTaken(cycleId))) return;
    }
    if (this.stopped || upTo <= this.saved) return;
    this.checkpoint.write(upTo);
    this.saved = upTo;
    this.savedAt = Date.now();
  }

  /** False when the subscription was stopped first: the checkpoint then stays, and a restart wakes the cycle. */
  private async wakeUntilTaken(cycleId: string): Promise<boolean> {
    for (let failures = 0; !this.stopped; failures += 1) {
      try {
        await this.wake(cycleId);
        if (failures > 0) this.log(`Vækning leveret / Wake-up delivered: cycle ${cycleId}`);
        return true;
      } catch (error) {
        if (failures === 0) {
          this.log(`Vækning venter på Temporal / Wake-up waits for Temporal: cycle ${cycleId}: ${String(error)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs ?? 1000));
      }
    }
    return false;
  }

  private log(message: string): void {
    (this.options.log ?? console.warn)(message);
  }
}
