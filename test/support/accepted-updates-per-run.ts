import type { Client, WorkflowHandle } from '@temporalio/client';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;

/** How many Updates each run of a workflow accepted, first run first, read from the runs' histories. */
export async function acceptedUpdatesPerRun(client: Client, workflowId: string, firstRunId: string): Promise<number[]> {
  const counts: number[] = [];
  for (let runId: string | undefined = firstRunId; runId;) {
    const history: History = await client.workflow.getHandle(workflowId, runId).fetchHistory();
    const events = history.events ?? [];
    counts.push(events.filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes).length);
    runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return counts;
}
