import { SYSTEM_ACTOR, type CycleCommand } from '@ledelsesrum/domain';
import type { CycleUpdateInput } from '@ledelsesrum/contracts';

/** The workflow run that recorded an event: Temporal's workflow id and the run's id (new after continue-as-new). */
export interface WorkflowRun {
  readonly workflowId: string;
  readonly runId: string;
}

/** The role recorded for what the workflow does by itself (prep at its time, messages). */
export const SYSTEM_ROLES: readonly string[] = ['system'];

/**
 * What every event of a command records besides its data, for the audit trail: who (person id and the roles their
 * token granted), when, which command, through which request (request id, idempotency key, `via`) and which
 * workflow run. A command from before requests were recorded has no roles or request id; nothing is made up.
 */
export function eventMetadata(input: CycleUpdateInput<CycleCommand>, run: WorkflowRun): Record<string, unknown> {
  const { command, context, idempotencyKey, request } = input;
  const actorRoles = request?.actorRoles ?? (context.actorId === SYSTEM_ACTOR ? SYSTEM_ROLES : undefined);
  return {
    actorId: context.actorId,
    ...(actorRoles === undefined ? {} : { actorRoles: [...actorRoles] }),
    occurredAt: context.now,
    command: command.type,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(request === undefined ? {} : { requestId: request.requestId }),
    ...(request?.via === undefined ? {} : { via: request.via }),
    workflowId: run.workflowId,
    workflowRunId: run.runId,
  };
}
