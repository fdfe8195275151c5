import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

/**
 * With RECORD_WORKFLOW_HISTORIES=1, writes the workflow's history to test/workflow/histories/<name>.json, where the
 * replay test finds it: how a new shape of the workflow gets histories of its own to be replayed against from then on.
 */
export async function recordHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env['RECORD_WORKFLOW_HISTORIES'] !== '1') return;
  const history = await handle.fetchHistory();
  writeFileSync(join(__dirname, '..', 'workflow', 'histories', `${name}.json`), `${historyToJSON(history)}\n`);
}
