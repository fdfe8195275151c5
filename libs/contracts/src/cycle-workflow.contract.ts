import { defineSignal } from '@temporalio/workflow';

/** The Temporal names shared by the worker, the wake-up subscription and the workflow code. */
export const CYCLE_WORKFLOW_TYPE = 'cycleProcess';

/**
 * One workflow execution per cycle, named after it: a Temporal workflow id, not an event stream's name (those are the
 * domain's `cycleStreamId`), though both happen to read `cycle-<cycleId>`.
 */
export function cycleWorkflowId(cycleId: string): string {
  return `cycle-${cycleId}`;
}

export interface CycleProcessInput {
  readonly cycleId: string;
}

/**
 * "Something you wait for changed": sent by the wake-up subscription when a cycle's stream records an event that
 * changes what its process waits for (a stage, the schedule, the end). Carries nothing; the process reads the cycle.
 */
export const wakeSignal = defineSignal<[]>('wake');
