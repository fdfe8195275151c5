import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { EventStore } from '@ledelsesrum/event-store';
import { CheckpointFile } from '../../apps/worker/src/wake-ups/checkpoint-file';
import { signalWithStart } from '../../apps/worker/src/wake-ups/signal-with-start';
import { WakeUpSubscription } from '../../apps/worker/src/wake-ups/wake-up-subscription';

/**
 * The worker's wake-up subscription as the tests run it: the real one, signalling the cycles' processes through
 * `client` on `taskQueue`, with its checkpoint in `checkpointPath` (a fresh temporary file unless given).
 */
export function startWakeUps(
  store: EventStore,
  client: Client,
  taskQueue: string,
  checkpointPath = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-wake-')), 'checkpoint.json'),
): WakeUpSubscription & { readonly checkpointPath: string } {
  const wakeUps = new WakeUpSubscription(
    store,
    signalWithStart(client, taskQueue),
    new CheckpointFile(checkpointPath),
    {
      retryMs: 100,
      log: (message) => console.warn(message),
    },
  );
  wakeUps.start();
  return Object.assign(wakeUps, { checkpointPath });
}
