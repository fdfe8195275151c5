import { setTimeout as delay } from 'node:timers/promises';
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { RUN_CONTINUING } from '@ledelsesrum/contracts';

/** How long, and how often, to send a command again while the cycle's run is continuing as new. */
export interface NextRunRetry {
  readonly timeoutMs: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/** A run continues as new within a second or two; one busy sending a part of a round can take longer. */
export const NEXT_RUN_RETRY: NextRunRetry = { timeoutMs: 20_000, firstDelayMs: 50, maxDelayMs: 1_000 };

/** Whether a cycle's run turned the command away because it is about to continue as new (nothing was stored). */
export function isRunContinuing(error: unknown): boolean {
  return (
    error instanceof WorkflowUpdateFailedError &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === RUN_CONTINUING
  );
}

/**
 * Sends a command to a cycle, and sends it again while the run answers that it is continuing as new, until the new
 * run takes it or `retry.timeoutMs` has passed since the first such answer (then the last one is thrown; time spent
 * queued before the first answer does not count). Any other outcome is returned or thrown as it is.
 */
export async function retryOnNextRun<T>(send: () => Promise<T>, retry: NextRunRetry = NEXT_RUN_RETRY): Promise<T> {
  let deadline: number | undefined;
  let wait = retry.firstDelayMs;
  for (;;) {
    try {
      return await send();
    } catch (error) {
      if (!isRunContinuing(error)) throw error;
      deadline ??= Date.now() + retry.timeoutMs;
      if (Date.now() + wait > deadline) throw error;
    }
    await delay(wait);
    wait = Math.min(wait * 2, retry.maxDelayMs);
  }
}
