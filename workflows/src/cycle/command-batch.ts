import { uuid4 } from '@temporalio/workflow';
import { decideCycle, evolveCycle, type CycleState } from '@ledelsesrum/domain';
import type { CycleUpdateInput, CycleUpdateResult, EventToAppend } from '@ledelsesrum/contracts';
import { eventMetadata, type WorkflowRun } from './event-metadata';
import { toFailure } from './to-failure';

/** A command waiting in the workflow for its turn, with the update handler's promise callbacks. */
export interface PendingCommand {
  readonly input: CycleUpdateInput;
  readonly accept: (result: CycleUpdateResult) => void;
  readonly reject: (failure: Error) => void;
}

export interface DecidedBatch {
  /** The state after every accepted command of the batch, valid once `events` are stored. */
  readonly state: CycleState;
  readonly events: EventToAppend[];
  readonly accepted: PendingCommand[];
  readonly newKeys: string[];
}

/**
 * Decides a batch of commands in arrival order against a tentative state, so that many commands cost one append.
 * Commands the domain rejects are rejected at once; a retried Idempotency-Key is accepted without new events.
 * Every event carries its command's metadata and the workflow run (`run`) that recorded it.
 */
export function decideBatch(
  batch: readonly PendingCommand[],
  initial: CycleState,
  seenKeys: ReadonlySet<string>,
  run: WorkflowRun,
): DecidedBatch {
  let state = initial;
  const events: EventToAppend[] = [];
  const accepted: PendingCommand[] = [];
  const newKeys: string[] = [];
  for (const pending of batch) {
    const { command, context, idempotencyKey } = pending.input;
    if (idempotencyKey !== undefined && (seenKeys.has(idempotencyKey) || newKeys.includes(idempotencyKey))) {
      accepted.push(pending);
      continue;
    }
    try {
      const decided = decideCycle(command, state, context);
      state = decided.reduce(evolveCycle, state);
      for (const event of decided) {
        events.push({
          // uuid4() is seeded by Temporal, so a replay produces the same ids and a retried append is a no-op.
          id: uuid4(),
          type: event.type,
          data: event.data,
          metadata: eventMetadata(pending.input, run),
        });
      }
      if (idempotencyKey !== undefined) newKeys.push(idempotencyKey);
      accepted.push(pending);
    } catch (error) {
      pending.reject(toFailure(error));
    }
  }
  return { state, events, accepted, newKeys };
}
