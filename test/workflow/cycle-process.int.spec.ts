import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { cycleWorkflowId } from '@ledelsesrum/contracts';
import { cycleStreamId } from '@ledelsesrum/domain';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { OutboxSender } from '@ledelsesrum/notifications';
import { PersonalDataVault, SqlitePersonKeyStore } from '@ledelsesrum/personal-data';
import { cycleClient, cycleCommands, runToSummary } from '../support/cycle-client';
import {
  groupSnapshots,
  mapConcurrently,
  organisationFixture,
  storeOrganisation,
} from '../support/organisation-fixture';
import { workflowTestEnv, type WorkflowTestEnv } from '../support/temporal-test-env';
import { until } from '../support/until';
import { startWakeUps } from '../support/wake-ups';
import { recordHistory } from '../support/record-history';

jest.setTimeout(180_000);

/**
 * The cycle's process on a real Temporal dev server: commands go through the application layer into a real SQLite
 * store, the real wake-up subscription signals the process, and a real worker runs the bundled workflow.
 */
describe('the cycle process on a real Temporal dev server and a real SQLite store', () => {
  let env: WorkflowTestEnv;
  let store: SqliteEventStore;

  beforeAll(async () => {
    env = await workflowTestEnv();
    store = await SqliteEventStore.open(join(mkdtempSync(join(tmpdir(), 'ledelsesrum-wf-')), 'events.sqlite'));
  });
  afterAll(async () => {
    await store.close();
    await env.close();
  });

  const groups = groupSnapshots(organisationFixture(2, 3));
  const everyone = groups.flatMap((group) => group.memberIds);
  const eventsOf = (cycleId: string) => store.readStream(cycleStreamId(cycleId));
  const roundsDone = async (cycleId: string) =>
    (await eventsOf(cycleId)).filter((event) => event.type === 'NoticeRoundCompleted').length;

  it('is started by the launch, sends the prep and summary rounds once each, and ends when the last leader confirms', async () => {
    const cycle = cycleClient(cycleCommands(store), randomUUID());
    const wakeUps = startWakeUps(store, env.client, env.taskQueue);
    try {
      await env.withWorker(store, async () => {
        await runToSummary(cycle, groups);
        await until(async () => (await roundsDone(cycle.cycleId)) === 2, 'the prep and summary rounds');
        for (const personId of everyone) await cycle.confirmCascade(personId);
        // The completion's wake-up reaches Temporal in the background; then the process ends.
        await wakeUps.caughtUp();
        const handle = env.client.workflow.getHandle(cycleWorkflowId(cycle.cycleId));
        await handle.result();
        await recordHistory(handle, 'cycle-whole');
      });
    } finally {
      await wakeUps.stop();
    }
    const events = await eventsOf(cycle.cycleId);
    // Nobody in this store has an address, so no message goes out; each round is still recorded as done.
    const notices = events.filter((event) => event.type === 'NoticeRoundCompleted');
    expect(notices.map((event) => event.data)).toEqual([
      expect.objectContaining({ round: 'prep', messageCount: 0, unreachableIds: everyone }),
      expect.objectContaining({ round: 'summary', messageCount: 0, unreachableIds: everyone }),
    ]);
    expect(notices.map((event) => event.metadata)).toEqual([
      expect.objectContaining({
        actorId: '@system',
        actorRoles: ['system'],
        command: 'RecordNotifications',
        workflowId: cycleWorkflowId(cycle.cycleId),
        workflowRunId: expect.any(String),
      }),
      expect.objectContaining({ actorId: '@system', command: 'RecordNotifications' }),
    ]);
    // The process records its rounds as its own timing has it: the commands' events are checked on their own.
    expect(events.filter((event) => event.type !== 'NoticeRoundCompleted').map((event) => event.type)).toEqual([
      'CycleLaunched',
      'AgendaSet',
      'PrepSent',
      'MeetingRecorded',
      'MeetingRecorded',
      'MeetingsHeld',
      'SummaryPublished',
      ...everyone.map(() => 'CascadeConfirmed'),
      'CycleCompleted',
    ]);
    expect(events.map((event) => event.revision)).toEqual(events.map((_event, index) => index));
  });

  it('delivers a wake-up that was missed while the worker was down once it is back, from its checkpoint', async () => {
    const cycle = cycleClient(cycleCommands(store), randomUUID());
    const firstWakeUps = startWakeUps(store, env.client, env.taskQueue);
    await env.withWorker(store, async () => {
      await cycle.launch(groups);
      await cycle.setAgenda();
      await cycle.sendPrep();
      await until(async () => (await roundsDone(cycle.cycleId)) === 1, 'the prep round');
    });
    await firstWakeUps.stop();

    // The worker is down: the meetings and the summary are stored, and nothing wakes the process.
    for (const group of groups) await cycle.recordMeeting(group);
    await cycle.publishSummary();
    expect(await roundsDone(cycle.cycleId)).toBe(1);

    const secondWakeUps = startWakeUps(store, env.client, env.taskQueue, firstWakeUps.checkpointPath);
    try {
      await env.withWorker(store, () =>
        until(async () => (await roundsDone(cycle.cycleId)) === 2, 'the summary round after the restart'),
      );
      await recordHistory(env.client.workflow.getHandle(cycleWorkflowId(cycle.cycleId)), 'cycle-missed-wake-up');
    } finally {
      await secondWakeUps.stop();
    }
    const summaryRounds = (await eventsOf(cycle.cycleId)).filter(
      (event) => event.type === 'NoticeRoundCompleted' && (event.data as { round: string }).round === 'summary',
    );
    expect(summaryRounds).toHaveLength(1);
  });

  it('at 2,500 leaders in 150 groups: every confirmation stored once, every message sent once, a history well under 1,000 events', async () => {
    const fixture = organisationFixture(150, 17);
    // 100 groups of 17 and 50 of 16: 2,500 leaders, each in one group.
    const big = groupSnapshots(fixture).map((group, index) => ({
      ...group,
      memberIds: group.memberIds.slice(0, index < 100 ? 17 : 16),
    }));
    const leaders = big.flatMap((group) => group.memberIds);
    const scaleStore = await SqliteEventStore.open(join(mkdtempSync(join(tmpdir(), 'ledelsesrum-scale-')), 'e.sqlite'));
    const keys = new PersonalDataVault(
      new SqlitePersonKeyStore(join(mkdtempSync(join(tmpdir(), 'keys-')), 'k.sqlite')),
    );
    await storeOrganisation(scaleStore, keys, fixture);
    const outbox = mkdtempSync(join(tmpdir(), 'ledelsesrum-outbox-'));
    const sender = new OutboxSender({ folder: outbox });
    const cycle = cycleClient(cycleCommands(scaleStore), randomUUID());
    const wakeUps = startWakeUps(scaleStore, env.client, env.taskQueue);
    try {
      await env.withWorker(
        scaleStore,
        async () => {
          await runToSummary(cycle, big);
          const answers = await mapConcurrently(leaders, 50, (personId) => cycle.confirmCascade(personId));
          expect(answers.every((answer) => answer.events.length > 0)).toBe(true);
          await wakeUps.caughtUp();
          await env.client.workflow.getHandle(cycleWorkflowId(cycle.cycleId)).result();
        },
        { vault: keys, sender },
      );
    } finally {
      await wakeUps.stop();
      await sender.close();
    }
    const events = await scaleStore.readStream(cycleStreamId(cycle.cycleId));
    const confirmed = events.filter((event) => event.type === 'CascadeConfirmed');
    expect(confirmed).toHaveLength(leaders.length);
    expect(new Set(confirmed.map((event) => (event.data as { personId: string }).personId)).size).toBe(leaders.length);
    const sent = events.filter((event) => event.type === 'NotificationSent');
    const sentKeys = sent.map((event) => (event.data as { idempotencyKey: string }).idempotencyKey);
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    expect(readdirSync(outbox).filter((name) => name.endsWith('.eml'))).toHaveLength(sent.length);
    const history = await env.client.workflow.getHandle(cycleWorkflowId(cycle.cycleId)).fetchHistory();
    expect(history.events?.length).toBeLessThan(1_000);
    await scaleStore.close();
  });
});
