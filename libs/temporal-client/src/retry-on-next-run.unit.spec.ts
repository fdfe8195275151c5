import { setTimeout as delay } from 'node:timers/promises';
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { RUN_CONTINUING } from '@ledelsesrum/contracts';
import { isRunContinuing, retryOnNextRun } from './retry-on-next-run';

const rejected = (type: string) =>
  new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type, nonRetryable: true }));

const fast = { timeoutMs: 2_000, firstDelayMs: 1, maxDelayMs: 5 };

describe('retryOnNextRun', () => {
  it('sends the command again while the run is continuing as new, and answers what the next run answers', async () => {
    const answers = [rejected(RUN_CONTINUING), rejected(RUN_CONTINUING), 'stored'];
    let calls = 0;
    const result = await retryOnNextRun(async () => {
      const answer = answers[calls++];
      if (answer instanceof Error) throw answer;
      return answer;
    }, fast);
    expect(result).toBe('stored');
    expect(calls).toBe(3);
  });

  it('counts its time from the first rejection, not from a send that waited long before it was answered', async () => {
    let calls = 0;
    const result = await retryOnNextRun(
      async () => {
        calls += 1;
        if (calls > 1) return 'stored';
        // A first send that waits its turn for longer than the whole retry time, as under a queue of commands.
        await delay(150);
        throw rejected(RUN_CONTINUING);
      },
      { timeoutMs: 100, firstDelayMs: 1, maxDelayMs: 5 },
    );
    expect(result).toBe('stored');
    expect(calls).toBe(2);
  });

  it('throws any other rejection or error at once, without sending again', async () => {
    for (const error of [rejected('CASCADE_ALREADY_CONFIRMED'), new Error('connection refused')]) {
      let calls = 0;
      await expect(
        retryOnNextRun(async () => {
          calls += 1;
          throw error;
        }, fast),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });

  it('gives up with the last rejection once its time is up', async () => {
    let calls = 0;
    let last: unknown;
    const outcome = retryOnNextRun(
      async () => {
        calls += 1;
        last = rejected(RUN_CONTINUING);
        throw last;
      },
      { timeoutMs: 100, firstDelayMs: 10, maxDelayMs: 20 },
    );
    const error = await outcome.catch((thrown: unknown) => thrown);
    expect(error).toBe(last);
    // 100 ms with waits of 10 and then 20 ms: a handful of attempts, not one and not endless.
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThanOrEqual(10);
  });
});

describe('isRunContinuing', () => {
  it('recognises only the run-continuing rejection', () => {
    expect(isRunContinuing(rejected(RUN_CONTINUING))).toBe(true);
    expect(isRunContinuing(rejected('CONCURRENT_WRITE'))).toBe(false);
    expect(isRunContinuing(ApplicationFailure.create({ type: RUN_CONTINUING }))).toBe(false);
    expect(isRunContinuing(new Error(RUN_CONTINUING))).toBe(false);
  });
});
