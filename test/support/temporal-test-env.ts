import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { connectTemporalClient } from '@ledelsesrum/temporal-client';
import { DefaultLogger, NativeConnection, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { EventStore } from '@ledelsesrum/event-store';
import { createCycleActivities } from '../../apps/worker/src/activities/cycle-activities';
import { bundleWorkflows } from '../../infra/bundle-workflows';

/** The Temporal dev server started by test/support/global-setup.ts. */
export function temporalTestAddress(): string {
  const address = process.env['TEMPORAL_TEST_ADDRESS'];
  if (!address) throw new Error('TEMPORAL_TEST_ADDRESS is not set: run the tests through jest.config.js');
  return address;
}

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** Bundled once per test file: the real workflow code, as the worker in production loads it. */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflows();
  return bundle;
}

export interface WorkflowTestEnv {
  readonly client: Client;
  readonly taskQueue: string;
  /** Runs `body` while a real worker (real workflow bundle, real activities over `store`) polls the task queue. */
  withWorker<T>(store: EventStore, body: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

let runtimeInstalled = false;

export async function workflowTestEnv(): Promise<WorkflowTestEnv> {
  // Warnings and errors only: the worker's state changes at INFO would drown the test report.
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const address = temporalTestAddress();
  const client = await connectTemporalClient({ address });
  const nativeConnection = await NativeConnection.connect({ address });
  const taskQueue = `test-${randomUUID()}`;
  return {
    client,
    taskQueue,
    async withWorker(store, body) {
      const worker = await Worker.create({
        connection: nativeConnection,
        taskQueue,
        workflowBundle: await workflowBundle(),
        activities: createCycleActivities(store),
      });
      return worker.runUntil(body);
    },
    async close() {
      await client.connection.close();
      await nativeConnection.close();
    },
  };
}
