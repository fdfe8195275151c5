import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { cycleWorkflowId } from '@ledelsesrum/contracts';
import { cycleStreamId, type CycleGroupSnapshot } from '@ledelsesrum/domain';
import { SqliteEventStore } from '@ledelsesrum/event-store';
import { acceptedUpdatesPerRun } from '../support/accepted-updates-per-run';
import { cycleClient } from '../support/cycle-client';
import { NOTICE_EVENTS } from '../support/cycle-over-http';
import { mapConcurrently } from '../support/organisation-fixture';
import { workflowTestEnv, type WorkflowTestEnv } from '../support/temporal-test-env';

jest.setTimeout(15 * 60_000);

/** 2,500 leaders in 150 groups: sizes 16 and 17, as a large municipality would have them. */
function largeMunicipality(): CycleGroupSnapshot[] {
  return Array.from({ length: 150 }, (_group, g) => {
    const size = g < 100 ? 17 : 16;
    const memberIds = Array.from({ length: size }, (_member, m) => `p-${g}-${m}`);
    return { id: `g-${g}`, facilitatorId: memberIds[0]!, memberIds };
  });
}

describe('a cycle at the scale of a large municipality (real Temporal dev server, real SQLite)', () => {
  let env: WorkflowTestEnv;
  let store: SqliteEventStore;

  beforeAll(async () => {
    env = await workflowTestEnv();
    store = await SqliteEventStore.open(join(mkdtempSync(join(tmpdir(), 'ledelsesrum-scale-')), 'events.sqlite'));
  });
  afterAll(async () => {
    await store.close();
    await env.close();
  });

  it('completes with 2,500 leaders in 150 groups confirming 50 at a time, under every Temporal limit', async () => {
    const groups = largeMunicipality();
    const leaders = groups.flatMap((group) => group.memberIds);
    expect(leaders).toHaveLength(2500);
    const cycleId = randomUUID();
    const cycle = cycleClient(env.client, env.taskQueue, cycleId);
    let firstRunId = '';
    await env.withWorker(store, async () => {
      await cycle.launch(groups);
      firstRunId = (await cycle.handle().describe()).runId;
      await cycle.setAgenda();
      await cycle.sendPrep();
      await mapConcurrently(groups, 20, (group) => cycle.recordMeeting(group));
      await cycle.publishSummary();
      await mapConcurrently(leaders, 50, (personId) => cycle.confirmCascade(personId));
      await cycle.handle().result();
      // 2,654 commands do not fit Temporal's 2,000 updates per run: the workflow must have continued as new.
      expect((await cycle.handle().describe()).runId).not.toBe(firstRunId);
    });
    // Under a steady stream no run may come near Temporal's 2,000 Updates: past its budget of 1,000 a run takes more
    // only while it sends a part of a round, and never more than 1,900; the rest wait for the next run.
    const accepted = await acceptedUpdatesPerRun(env.client, cycleWorkflowId(cycleId), firstRunId);
    for (const count of accepted) expect(count).toBeLessThanOrEqual(1900);
    expect(accepted.reduce((sum, count) => sum + count, 0)).toBe(4 + groups.length + leaders.length);
    const events = await store.readStream(cycleStreamId(cycleId));
    const confirmed = events.filter((event) => event.type === 'CascadeConfirmed');
    expect(new Set(confirmed.map((event) => (event.data as { personId: string }).personId)).size).toBe(2500);
    expect(confirmed).toHaveLength(2500);
    expect(events.filter((event) => event.type === 'MeetingRecorded')).toHaveLength(150);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(events.filter((event) => !NOTICE_EVENTS.includes(event.type)).at(-1)?.type).toBe('CycleCompleted');
    // Nobody here has an address, so the rounds record no message; each round completes once, across the runs.
    const rounds = events.filter((event) => event.type === 'NoticeRoundCompleted');
    expect(rounds.map((event) => (event.data as { round: string; unreachableIds: string[] }).round)).toEqual([
      'prep',
      'summary',
    ]);
    for (const event of rounds) expect((event.data as { unreachableIds: string[] }).unreachableIds).toHaveLength(2500);
  });
});
