import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { decideCycle, initialCycleState, toCycleView, type CycleState } from '@ledelsesrum/domain';
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

const { appendCycleEvents, loadCycle } = proxyActivities<CycleActivities>({
  // An append takes milliseconds; a short timeout lets a crashed worker's append be retried elsewhere soon.
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '200 ms',
    maximumInterval: '10 seconds',
    nonRetryableErrorTypes: [...NON_RETRYABLE_APPEND_ERRORS],
  },
});

/** Temporal allows 2,000 updates per run; continuing well before that leaves room for updates still in flight. */
const DEFAULT_COMMANDS_PER_RUN = 1000;

/**
 * One meeting cycle, from launch to the last confirmed cascade. The only writer of the cycle's stream: each
 * command arrives as an Update, is checked by the validator, decided by the pure domain in arrival order, and
 * stored through an activity, many commands to one append when they arrive together.
 */
export async function cycleWorkflow(input: CycleWorkflowInput): Promise<CycleWorkflowResult> {
  const { cycleId } = input;
  let state: CycleState = input.carried?.state ?? initialCycleState;
  let revision = input.carried?.revision ?? -1;
  const seenKeys = new Set(input.carried?.idempotencyKeys ?? []);
  const queue: PendingCommand[] = [];
  let commandsThisRun = 0;
  const commandsPerRun = input.commandsPerRun ?? DEFAULT_COMMANDS_PER_RUN;

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

  const shouldContinueAsNew = () => commandsThisRun >= commandsPerRun || workflowInfo().continueAsNewSuggested;
  for (;;) {
    await condition(() => queue.length > 0 || ((isCompleted(state) || shouldContinueAsNew()) && allHandlersFinished()));
    if (queue.length > 0) {
      const batch = queue.splice(0, queue.length);
      commandsThisRun += batch.length;
      await storeBatch(batch);
      continue;
    }
    if (isCompleted(state)) break;
    await continueAsNew<typeof cycleWorkflow>({
      ...input,
      carried: { state, revision, idempotencyKeys: [...seenKeys] },
    });
  }
  return { cycleId, revision, completedAt: state.status === 'launched' ? (state.completedAt ?? '') : '' };

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
}

function isCompleted(state: CycleState): boolean {
  return state.status === 'launched' && state.stage === 'completed';
}
