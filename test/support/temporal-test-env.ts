import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { AesGcmPayloadCodec, connectTemporalClient } from '@ledelsesrum/temporal-client';
import { DefaultLogger, NativeConnection, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { EventStore } from '@ledelsesrum/event-store';
import { createCycleActivities } from '../../apps/worker/src/activities/cycle-activities';
import { noticeDependencies, type NoticeOverrides } from './notice-dependencies';
import { bundleWorkflows } from '../../infra/bundle-workflows';

/** The Temporal dev server started by test/support/global-setup.ts. */
export function temporalTestAddress(): string {
  const address = process.env['TEMPORAL_TEST_ADDRESS'];
  if (!address) throw new Error('TEMPORAL_TEST_ADDRESS is not set: run the tests through jest.config.js');
  return address;
}

/**
 * A payload codec with a key of its own, as every installation has: the tests' workers and clients encrypt what they
 * give Temporal, as the worker and the API do.
 */
export function testPayloadCodec(): AesGcmPayloadCodec {
  return new AesGcmPayloadCodec([{ id: 'test', key: randomBytes(32) }]);
}

/** `TEMPORAL_PAYLOAD_KEYS` for a system under test, and a client of the test server that reads with the same key. */
export function testPayloadKeys(): { readonly env: string; readonly codec: AesGcmPayloadCodec } {
  const key = randomBytes(32);
  return { env: `test:${key.toString('base64')}`, codec: new AesGcmPayloadCodec([{ id: 'test', key }]) };
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
  /**
   * Runs `body` while a real worker (real workflow bundle, real activities over `store`) polls the task queue.
   * Messages go to an outbox folder in a temporary directory unless `notices` says otherwise.
   */
  withWorker<T>(store: EventStore, body: () => Promise<T>, notices?: NoticeOverrides): Promise<T>;
  close(): Promise<void>;
}

let runtimeInstalled = false;

/** Warnings and errors only: the worker's state changes at INFO would drown the test report. Call before any worker. */
export function installQuietRuntime(): void {
  if (runtimeInstalled) return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  runtimeInstalled = true;
}

export async function workflowTestEnv(): Promise<WorkflowTestEnv> {
  installQuietRuntime();
  const address = temporalTestAddress();
  const payloadCodec = testPayloadCodec();
  const client = connectTemporalClient({ address, payloadCodec });
  const nativeConnection = await NativeConnection.connect({ address });
  const taskQueue = `test-${randomUUID()}`;
  return {
    client,
    taskQueue,
    async withWorker(store, body, notices) {
      const dependencies = noticeDependencies(store, notices);
      const worker = await Worker.create({
        connection: nativeConnection,
        taskQueue,
        workflowBundle: await workflowBundle(),
        activities: createCycleActivities(dependencies),
        dataConverter: { payloadCodecs: [payloadCodec] },
      });
      try {
        return await worker.runUntil(body);
      } finally {
        if (notices?.sender === undefined) await dependencies.sender.close();
      }
    },
    async close() {
      await client.connection.close();
      await nativeConnection.close();
    },
  };
}
