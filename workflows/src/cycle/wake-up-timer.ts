import { CancellationScope, sleep } from '@temporalio/workflow';

/**
 * One durable timer for the next scheduled moment, kept across loop turns: a new timer starts only when the moment
 * changes (the old one is cancelled), so a stream of commands does not add a timer to the history per command.
 */
export class WakeUpTimer {
  private at: string | undefined;
  private scope: CancellationScope | undefined;
  private rang = false;

  /** Aims the timer at `at` (an ISO instant), or disarms it when undefined. */
  aim(at: string | undefined): void {
    if (at === this.at) return;
    this.scope?.cancel();
    this.at = at;
    this.rang = false;
    this.scope = undefined;
    if (at === undefined) return;
    const scope = new CancellationScope();
    this.scope = scope;
    scope
      .run(() => sleep(Math.max(1, Date.parse(at) - Date.now())))
      .then(
        () => {
          if (this.scope === scope) this.rang = true;
        },
        // Cancelled because the moment moved; a sleep fails in no other way.
        () => undefined,
      );
  }

  /** True once the aimed-at moment has come; aiming again resets it. */
  get hasRung(): boolean {
    return this.rang;
  }

  /** Lets the timer ring again at the same moment once it has been acted on. */
  reset(): void {
    if (this.rang) this.aim(undefined);
  }
}
