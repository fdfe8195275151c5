import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';
import { cycleAtStage } from './cycle-over-http';
import { apiClient } from './http';
import { organisationFixture } from './organisation-fixture';
import { until } from './until';
import type { SystemUnderTest } from './system-under-test';

/**
 * What every server event store must show with the built API and worker on it: health names it reachable, a whole
 * cycle runs to completion, and the log lands there — nothing in the embedded SQLite file, positions 1..n, the audit's
 * verified head the last event. `openStore` opens the server store directly, as the auditor's tools would.
 */
export async function expectCycleInServerStore(
  system: SystemUnderTest,
  kind: 'postgres' | 'eventstoredb',
  openStore: () => Promise<EventStore>,
): Promise<void> {
  const call = apiClient(system.baseUrl);
  expect(await call('GET', '/health')).toEqual({
    status: 200,
    body: {
      status: 'ok',
      temporal: { reachable: true },
      eventStore: { kind, reachable: true },
      personalDataKeys: { kind: 'sqlite', reachable: true },
    },
  });

  const org = organisationFixture(2, 2);
  const chef = await system.token('chef-1', 'chefgruppen');
  expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
  const cycleId = await cycleAtStage(system, call, org.groups, 'completed');
  expect(existsSync(join(system.dataDir, 'events.sqlite'))).toBe(false);

  // The cycle's process may still record its last round (the report on completion) after the stage reads completed:
  // the audit's head is compared with the log once both show the same last event.
  const auditor = await system.token('revisor-1', 'auditor');
  let verified: { status: number; body: { intact?: boolean; head?: { position: number; chainHash: string } } };
  let all: RecordedEvent[] = [];
  await until(async () => {
    verified = await call('GET', '/audit/verify', { token: auditor });
    all = await readAllFrom(openStore);
    return verified.body.head?.position === all.length;
  }, 'the audit to verify up to the last event in the store');
  expect(verified!).toMatchObject({ status: 200, body: { intact: true } });
  expect(all.map((event) => event.position)).toEqual(all.map((_, index) => index + 1));
  expect(all.some((event) => event.streamId.includes(cycleId))).toBe(true);
  expect(verified!.body.head).toMatchObject({ position: all.length, chainHash: all[all.length - 1]!.chainHash });
}

async function readAllFrom(openStore: () => Promise<EventStore>): Promise<RecordedEvent[]> {
  const store = await openStore();
  try {
    return await store.readAll();
  } finally {
    await store.close();
  }
}
