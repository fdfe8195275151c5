import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { CYCLE_WORKFLOW_TYPE, cycleWorkflowId, wakeSignal, type CycleProcessInput } from '@ledelsesrum/contracts';
import type { WakeCycle } from './wake-up-subscription';

/**
 * Wakes a cycle's process with signal-with-start: the signal reaches the running process, or starts it when there is
 * none, which also heals a process that failed or was terminated. A process that completed is not started again:
 * its cycle is completed and every message sent.
 */
export function signalWithStart(client: Client, taskQueue: string): WakeCycle {
  return async (cycleId) => {
    try {
      await client.workflow.signalWithStart<(input: CycleProcessInput) => Promise<void>, []>(CYCLE_WORKFLOW_TYPE, {
        workflowId: cycleWorkflowId(cycleId),
        taskQueue,
        args: [{ cycleId }],
        signal: wakeSignal,
        signalArgs: [],
        workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };
}
