import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { testPayloadCodec, workflowBundle } from '../support/temporal-test-env';

jest.setTimeout(60_000);

const historiesDir = join(__dirname, 'histories');
const histories = readdirSync(historiesDir).filter((file) => file.endsWith('.json'));

/**
 * Histories recorded from real runs of the cycle process (`cycleProcess`). Running cycles live for months, so every
 * change to the workflow code must replay them without a non-determinism error. Add a history here when the workflow
 * changes shape: run the workflow tests with RECORD_WORKFLOW_HISTORIES=1 (see test/support/record-history.ts), or
 * `temporal workflow show --workflow-id … --output json`.
 */
describe('the cycle process replays every recorded history', () => {
  it('has recorded histories to replay', () => {
    expect(histories.length).toBeGreaterThan(0);
  });

  it.each(histories)('replays %s deterministically', async (file) => {
    const history: unknown = JSON.parse(readFileSync(join(historiesDir, file), 'utf8'));
    await expect(
      Worker.runReplayHistory(
        // With the codec the worker runs with: a history recorded before there was one must still replay.
        { workflowBundle: await workflowBundle(), dataConverter: { payloadCodecs: [testPayloadCodec()] } },
        history,
        `replay-${file}`,
      ),
    ).resolves.toBeUndefined();
  });
});
