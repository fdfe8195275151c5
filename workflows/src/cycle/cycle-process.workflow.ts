import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { NoticeRound } from '@ledelsesrum/domain';
import { wakeSignal, type CycleProcessActivities, type CycleProcessInput } from '@ledelsesrum/contracts';

const { nextStep, sendPrep } = proxyActivities<CycleProcessActivities>({
  // A read or one append: milliseconds. A short timeout lets another worker take over soon after a crash.
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

const { sendRoundPart } = proxyActivities<CycleProcessActivities>({
  startToCloseTimeout: '15 minutes',
  // The part heartbeats per message: a crashed worker's part is taken up elsewhere within seconds, not minutes.
  heartbeatTimeout: '5 seconds',
  // A mail server that is down is retried until it is back: every message has its idempotency key.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** Recipients per part of a round: each part is one activity, its messages recorded in one append. */
export const ROUND_PART_SIZE = 250;

/**
 * One meeting cycle's process, from launch to the last round of messages: it walks the stages by waiting for them.
 * Commands never pass through it: they are stored by the application layer, and the wake-up subscription signals
 * the process when one changes what it waits for. Each time it wakes it reads what is due from the stored cycle:
 * prep at its time, a round of messages (prep, summary, reminders, escalation, the status report), or nothing until
 * the next scheduled moment. It holds ids and times only, and ends when the cycle is completed and all is sent.
 */
export async function cycleProcess(input: CycleProcessInput): Promise<void> {
  const { cycleId } = input;
  let woken = false;
  setHandler(wakeSignal, () => {
    woken = true;
  });
  for (;;) {
    // A wake-up during the read below means the read may be stale: the wait then returns at once and reads again.
    woken = false;
    const step = await nextStep({ cycleId, now: new Date().toISOString() });
    switch (step.kind) {
      case 'done':
        return;
      case 'send-prep':
        await sendPrep({ cycleId });
        break;
      case 'notify':
        await sendRound(cycleId, step.round, step.recipientIds);
        break;
      case 'wait':
        // The process holds nothing but the cycle id, so a fresh run can always take over from here.
        if (workflowInfo().continueAsNewSuggested) await continueAsNew<typeof cycleProcess>(input);
        if (step.until === undefined) await condition(() => woken);
        else await condition(() => woken, msUntil(step.until));
        break;
    }
  }
}

/** Sends a round part by part; the last part records the round as done, with the tally of them all. */
async function sendRound(cycleId: string, round: NoticeRound, recipientIds: readonly string[]): Promise<void> {
  const parts = Math.max(1, Math.ceil(recipientIds.length / ROUND_PART_SIZE));
  let messageCount = 0;
  const unreachableIds: string[] = [];
  for (let part = 0; part < parts; part += 1) {
    const last = part === parts - 1;
    const sent = await sendRoundPart({
      cycleId,
      round,
      part,
      recipientIds: recipientIds.slice(part * ROUND_PART_SIZE, (part + 1) * ROUND_PART_SIZE),
      ...(last ? { completes: { messageCount, unreachableIds } } : {}),
    });
    messageCount += sent.messageCount;
    unreachableIds.push(...sent.unreachableIds);
  }
}

/** Milliseconds from the workflow's now to `at`; at least 1, as a timer of 0 would never fire. */
function msUntil(at: string): number {
  return Math.max(1, Date.parse(at) - Date.now());
}
