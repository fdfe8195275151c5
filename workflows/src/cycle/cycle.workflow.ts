import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  SYSTEM_ACTOR,
  decideCycle,
  dueWork,
  initialCycleState,
  nextWakeUp,
  toCycleView,
  type CycleCommand,
  type CycleState,
  type DueWork,
} from '@ledelsesrum/domain';
import {
  NON_RETRYABLE_APPEND_ERRORS,
  cycleCommandUpdates,
  cycleViewQuery,
  type CycleActivities,
  type CycleUpdateInput,
  type CycleUpdateResult,
  type CycleWorkflowInput,
  type CycleWorkflowResult,
} from '@ledelsesrum/contracts';
import { decideBatch, type PendingCommand } from './command-batch';
import { toFailure } from './to-failure';
import { WakeUpTimer } from './wake-up-timer';

const { appendCycleEvents, loadCycle } = proxyActivities<CycleActivities>({
  // An append takes milliseconds; a short timeout lets a crashed worker's append be retried elsewhere soon.
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '200 ms',
    maximumInterval: '10 seconds',
    nonRetryableErrorTypes: [...NON_RETRYABLE_APPEND_ERRORS],
  },
});

const { sendNotices } = proxyActivities<CycleActivities>({
  // A part of a round is at most NOTICE_PART_SIZE recipients; the activity heartbeats per message it sends.
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  // A mail server that is down is retried until it is back: every message has its idempotency key.
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/** Temporal allows 2,000 updates per run; continuing well before that leaves room for updates still in flight. */
const DEFAULT_COMMANDS_PER_RUN = 1000;

/** Recipients per sendNotices call: keeps each activity's result and each append well under Temporal's limits. */
const NOTICE_PART_SIZE = 100;

/**
 * Cycles started before the workflow sent messages and kept timers replay without them. The patch marks the change
 * in their history, so running cycles and recorded histories stay deterministic (see README, "Changing the workflow").
 */
export const NOTIFICATIONS_PATCH = 'cycle-notifications-and-timers';

/**
 * One meeting cycle, from launch to the last confirmed cascade. The only writer of the cycle's stream: each
 * command arrives as an Update, is checked by the validator, decided by the pure domain in arrival order, and
 * stored through an activity, many commands to one append when they arrive together. Between commands it keeps
 * one durable timer for the next scheduled moment (prep, a reminder, the deadline) and does what is due: sends
 * prep, and sends each round of messages and records every message as an event.
 */
export async function cycleWorkflow(input: CycleWorkflowInput): Promise<CycleWorkflowResult> {
  const { cycleId } = input;
  const notifying = patched(NOTIFICATIONS_PATCH);
  let state: CycleState = input.carried?.state ?? initialCycleState;
  let revision = input.carried?.revision ?? -1;
  const seenKeys = new Set(input.carried?.idempotencyKeys ?? []);
  const queue: PendingCommand[] = [];
  let commandsThisRun = 0;
  const commandsPerRun = input.commandsPerRun ?? DEFAULT_COMMANDS_PER_RUN;
  const timer = new WakeUpTimer();

  const validate = ({ command, context, idempotencyKey }: CycleUpdateInput): void => {
    if (idempotencyKey !== undefined && seenKeys.has(idempotencyKey)) return;
    try {
      decideCycle(command, state, context);
    } catch (error) {
      throw toFailure(error);
    }
  };
  for (const update of cycleCommandUpdates) {
    setHandler(
      update,
      (updateInput: CycleUpdateInput) =>
        new Promise<CycleUpdateResult>((accept, reject) => queue.push({ input: updateInput, accept, reject })),
      { validator: validate },
    );
  }
  setHandler(cycleViewQuery, () => (state.status === 'launched' ? toCycleView(state, revision) : null));

  const now = () => new Date().toISOString();
  const due = (): DueWork | undefined => (notifying ? dueWork(state, now()) : undefined);
  const shouldContinueAsNew = () => commandsThisRun >= commandsPerRun || workflowInfo().continueAsNewSuggested;
  const mayEnd = () => (isCompleted(state) || shouldContinueAsNew()) && allHandlersFinished();
  for (;;) {
    if (timer.hasRung) timer.reset();
    if (queue.length === 0 && due() === undefined) {
      timer.aim(notifying ? nextWakeUp(state, now()) : undefined);
      await condition(() => queue.length > 0 || timer.hasRung || mayEnd());
    }
    if (queue.length > 0) {
      await storeQueued();
      continue;
    }
    const work = due();
    if (work !== undefined) {
      await perform(work);
      continue;
    }
    if (timer.hasRung) continue;
    if (isCompleted(state)) break;
    await continueAsNew<typeof cycleWorkflow>({
      ...input,
      carried: { state, revision, idempotencyKeys: [...seenKeys] },
    });
  }
  return { cycleId, revision, completedAt: state.status === 'launched' ? (state.completedAt ?? '') : '' };

  async function storeQueued(): Promise<void> {
    const batch = queue.splice(0, queue.length);
    commandsThisRun += batch.length;
    await storeBatch(batch);
  }

  async function storeBatch(batch: PendingCommand[]): Promise<void> {
    const decided = decideBatch(batch, state, seenKeys);
    if (decided.events.length > 0) {
      try {
        const stored = await appendCycleEvents({ cycleId, expectedRevision: revision, events: decided.events });
        revision = stored.nextExpectedRevision;
      } catch (error) {
        // Only another writer can cause this; take the store's word for the state and let the callers retry.
        ({ state, revision } = await loadCycle(cycleId));
        const failure = ApplicationFailure.create({
          type: 'CONCURRENT_WRITE',
          message: 'Cyklussen blev ændret samtidig; prøv igen / The cycle changed concurrently; try again',
          cause: error instanceof Error ? error : undefined,
          nonRetryable: true,
        });
        decided.accepted.forEach((pending) => pending.reject(failure));
        return;
      }
    }
    state = decided.state;
    decided.newKeys.forEach((key) => seenKeys.add(key));
    decided.accepted.forEach((pending) => pending.accept({ cycleId, revision }));
  }

  /** Sends prep when its time has come, or one round of messages in parts, recording each part as it goes. */
  async function perform(work: DueWork): Promise<void> {
    if (work.kind === 'send-prep') {
      await runOwnCommand({ type: 'SendPrep' });
      return;
    }
    const { round, recipientIds } = work;
    const parts = partition(recipientIds, NOTICE_PART_SIZE);
    let messageCount = 0;
    const unreachableIds: string[] = [];
    for (const [index, part] of parts.entries()) {
      const sent = await sendNotices({ cycleId, round, recipientIds: part });
      messageCount += sent.messages.length;
      unreachableIds.push(...sent.unreachableIds);
      const last = index === parts.length - 1;
      const recorded = await runOwnCommand({
        type: 'RecordNotifications',
        round,
        messages: sent.messages,
        ...(last ? { completes: { messageCount, unreachableIds } } : {}),
      });
      if (!recorded) return;
      // People waiting on their commands should not wait for a whole round of 2,500 messages.
      if (!last && queue.length > 0) await storeQueued();
    }
  }

  /**
   * A command the workflow issues itself. A concurrent write makes it false (the loop looks again at what is due,
   * and the idempotency keys keep a resend from sending twice); a broken rule is a bug, and fails the workflow task
   * so Temporal retries it and it shows in the UI, rather than failing the cycle.
   */
  async function runOwnCommand(command: CycleCommand): Promise<boolean> {
    let failure: ApplicationFailure | undefined;
    await storeBatch([
      {
        input: { command, context: { actorId: SYSTEM_ACTOR, now: now() } },
        accept: () => undefined,
        reject: (error) => {
          failure = toFailure(error);
        },
      },
    ]);
    if (failure === undefined) return true;
    if (failure.type === 'CONCURRENT_WRITE') {
      log.warn('A command of the workflow itself met a concurrent write; looking again', { command: command.type });
      return false;
    }
    throw new Error(`The workflow's own ${command.type} was refused: ${failure.type}: ${failure.message}`);
  }
}

function isCompleted(state: CycleState): boolean {
  return state.status === 'launched' && state.stage === 'completed';
}

/** At least one part, so a round without recipients (the status report) still runs once. */
function partition<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts.length === 0 ? [[]] : parts;
}
