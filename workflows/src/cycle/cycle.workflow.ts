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
  RUN_CONTINUING,
  cycleCommandUpdates,
  cycleViewQuery,
  type CycleActivities,
  type CycleUpdateInput,
  type CycleUpdateResult,
  type CycleWorkflowInput,
  type CycleWorkflowResult,
  type RoundProgress,
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

/**
 * A run continues as new after this many commands. While it cannot yet (a part of a round is being sent, for as long
 * as the mail server is down) it takes up to twice as many, but never more than MAX_UPDATES_PER_RUN.
 */
const DEFAULT_COMMANDS_PER_RUN = 1000;

/** Temporal refuses Updates past 2,000 in one run; a run stops taking commands well before. */
const MAX_UPDATES_PER_RUN = 1900;

/** Recipients per sendNotices call: keeps each activity's result and each append well under Temporal's limits. */
const NOTICE_PART_SIZE = 100;

/**
 * Cycles started before the workflow sent messages and kept timers replay without them. The patch marks the change
 * in their history, so running cycles and recorded histories stay deterministic (see README, "Changing the workflow").
 */
export const NOTIFICATIONS_PATCH = 'cycle-notifications-and-timers';

/**
 * Runs before this change held the commands that arrived past the run's budget while a part of a round was being sent
 * until the part was done; runs since store them at once. The patch keeps the older histories deterministic.
 */
export const STORE_PAST_BUDGET_PATCH = 'cycle-stores-commands-past-budget-while-sending';

/**
 * One meeting cycle, from launch to the last confirmed cascade. The only writer of the cycle's stream: each
 * command arrives as an Update, is checked by the validator, decided by the pure domain in arrival order, and
 * stored through an activity, many commands to one append when they arrive together. Between commands it keeps
 * one durable timer for the next scheduled moment (prep, a reminder, the deadline) and does what is due: sends
 * prep, and sends each round of messages and records every message as an event.
 */
export async function cycleWorkflow(input: CycleWorkflowInput): Promise<CycleWorkflowResult> {
  const { cycleId } = input;
  // A run continued from one that did not notify does not either: it would send every past round at once.
  const notifying = input.carried ? input.carried.notifying === true : patched(NOTIFICATIONS_PATCH);
  let state: CycleState = input.carried?.state ?? initialCycleState;
  let revision = input.carried?.revision ?? -1;
  const seenKeys = new Set(input.carried?.idempotencyKeys ?? []);
  const queue: PendingCommand[] = [];
  let commandsThisRun = 0;
  /** Updates this run has accepted (stored or still queued): Temporal counts them against its 2,000 per run. */
  let acceptedThisRun = 0;
  // A budget past the limit would leave a full run refusing every command without ever continuing as new.
  const commandsPerRun = Math.min(input.commandsPerRun ?? DEFAULT_COMMANDS_PER_RUN, MAX_UPDATES_PER_RUN);
  const acceptLimit = Math.min(2 * commandsPerRun, MAX_UPDATES_PER_RUN);
  const storesPastBudget = patched(STORE_PAST_BUDGET_PATCH);
  /** True while a part of a round is being sent: the run cannot continue as new before it is done. */
  let sendingPart = false;
  const timer = new WakeUpTimer();
  // Every accepted command is stored in this run, so a full run soon continues as new (see shouldContinueAsNew).
  const runIsFull = () => acceptedThisRun >= commandsPerRun || workflowInfo().continueAsNewSuggested;
  // A full run turns commands away, unless it is sending a part: then it stores them as they come, up to its limit.
  const turnsCommandsAway = () => acceptedThisRun >= acceptLimit || (runIsFull() && !(sendingPart && storesPastBudget));

  const validate = ({ command, context, idempotencyKey }: CycleUpdateInput): void => {
    // Under a steady stream of commands the run is never idle long enough to continue as new, and would take Updates
    // until Temporal refuses them all. A full run turns new ones away instead: a rejection leaves no trace in the
    // history, and the caller sends the command again to the next run (see RUN_CONTINUING). Validators only run live,
    // never on replay, so this keeps recorded histories deterministic.
    if (turnsCommandsAway()) {
      throw ApplicationFailure.create({
        type: RUN_CONTINUING,
        message: 'Cyklussen skifter til en ny kørsel; prøv igen / The cycle is moving on to a new run; try again',
        nonRetryable: true,
      });
    }
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
      (updateInput: CycleUpdateInput) => {
        acceptedThisRun += 1;
        return new Promise<CycleUpdateResult>((accept, reject) => queue.push({ input: updateInput, accept, reject }));
      },
      { validator: validate },
    );
  }
  setHandler(cycleViewQuery, () => (state.status === 'launched' ? toCycleView(state, revision) : null));

  const now = () => new Date().toISOString();
  const due = (): DueWork | undefined => (notifying ? dueWork(state, now()) : undefined);
  const shouldContinueAsNew = () => commandsThisRun >= commandsPerRun || workflowInfo().continueAsNewSuggested;
  const mayEnd = () => (isCompleted(state) || shouldContinueAsNew()) && allHandlersFinished();
  /** The round being sent, part by part; carried across continue-as-new, so a long round never blocks it. */
  let round: RoundProgress | undefined = input.carried?.round;
  for (;;) {
    if (timer.hasRung) timer.reset();
    if (queue.length === 0 && round === undefined && due() === undefined) {
      timer.aim(notifying ? nextWakeUp(state, now()) : undefined);
      await condition(() => queue.length > 0 || timer.hasRung || mayEnd());
    }
    if (queue.length > 0) {
      await storeQueued();
      continue;
    }
    if (shouldContinueAsNew()) {
      await condition(() => queue.length > 0 || allHandlersFinished());
      if (queue.length > 0) continue;
      await continueAsNew<typeof cycleWorkflow>({
        ...input,
        carried: {
          state,
          revision,
          idempotencyKeys: [...seenKeys],
          notifying,
          ...(round === undefined ? {} : { round }),
        },
      });
    }
    if (round !== undefined) {
      round = await sendPart(round);
      continue;
    }
    const work = due();
    if (work !== undefined) {
      if (work.kind === 'send-prep') await runOwnCommand({ type: 'SendPrep' });
      else round = { round: work.round, remainingIds: work.recipientIds, messageCount: 0, unreachableIds: [] };
      continue;
    }
    if (timer.hasRung) continue;
    if (isCompleted(state)) break;
  }
  return { cycleId, revision, completedAt: state.status === 'launched' ? (state.completedAt ?? '') : '' };

  async function storeQueued(): Promise<void> {
    const batch = queue.splice(0, queue.length);
    commandsThisRun += batch.length;
    await storeBatch(batch);
  }

  async function storeBatch(batch: PendingCommand[]): Promise<void> {
    // workflowInfo() is replay-safe: a replay sees the run it replays.
    const { workflowId, runId } = workflowInfo();
    const decided = decideBatch(batch, state, seenKeys, { workflowId, runId });
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

  /**
   * Sends the next part of a round and records it; the round's last part completes it. Returns what is left, or
   * undefined when the round is done (or met a concurrent write: then the loop decides afresh what is due, and the
   * idempotency keys keep the resend from sending anything twice).
   */
  async function sendPart(progress: RoundProgress): Promise<RoundProgress | undefined> {
    const part = progress.remainingIds.slice(0, NOTICE_PART_SIZE);
    const remainingIds = progress.remainingIds.slice(NOTICE_PART_SIZE);
    sendingPart = true;
    const sent = await whileServingCommands(
      sendNotices({ cycleId, round: progress.round, recipientIds: part }),
    ).finally(() => {
      sendingPart = false;
    });
    const messageCount = progress.messageCount + sent.messages.length;
    const unreachableIds = [...progress.unreachableIds, ...sent.unreachableIds];
    const last = remainingIds.length === 0;
    const recorded = await runOwnCommand({
      type: 'RecordNotifications',
      round: progress.round,
      messages: sent.messages,
      ...(last ? { completes: { messageCount, unreachableIds } } : {}),
    });
    return recorded && !last ? { round: progress.round, remainingIds, messageCount, unreachableIds } : undefined;
  }

  /**
   * Awaits `work` (an activity) while storing the commands that arrive meanwhile: leaders confirming from the very
   * e-mail being sent must not wait for the rest of the round, or for a mail server that is down. Only this loop
   * appends, so appends stay in order.
   */
  async function whileServingCommands<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    // Handled here so a failure while commands are being stored is not an unhandled rejection; it is returned below.
    done.catch(() => undefined);
    for (;;) {
      // Runs from before STORE_PAST_BUDGET_PATCH held commands that came past the budget until the part was done.
      await condition(() => settled || (queue.length > 0 && (storesPastBudget || !shouldContinueAsNew())));
      if (queue.length > 0) {
        await storeQueued();
        continue;
      }
      return done;
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
