import { Context } from '@temporalio/activity';
import type { CommandOrigin } from '@ledelsesrum/application';

/** Plain tests call an activity function directly, outside any activity context. */
export function inActivity(): boolean {
  try {
    Context.current();
    return true;
  } catch {
    return false;
  }
}

/** The workflow run an activity works for, recorded in the metadata of the events it stores. */
export function workflowRun(): CommandOrigin['workflow'] {
  const execution = inActivity() ? Context.current().info.workflowExecution : undefined;
  return execution && { workflowId: execution.workflowId, workflowRunId: execution.runId };
}
