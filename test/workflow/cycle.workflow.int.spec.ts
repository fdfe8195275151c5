import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { cycleWorkflowId } from '@ledelsesrum/contracts';
import { cycleStreamId } from '@ledelsesrum/domain';
import { SqliteEventStore, type EventStore } from '@ledelsesrum/event-store';
import { PersonalDataVault, SqlitePersonKeyStore } from '@ledelsesrum/personal-data';
import { ContactDirectory, type Directory } from '../../apps/worker/src/notifications/contact-directory';
import { acceptedUpdatesPerRun } from '../support/accepted-updates-per-run';
import { cycleClient } from '../support/cycle-client';
import { groupSnapshots, mapConcurrently, organisationFixture } from '../support/organisation-fixture';
import { workflowTestEnv, type WorkflowTestEnv } from '../support/temporal-test-env';
import { until } from '../support/until';

jest.setTimeout(120_000);

/** The worker's directory, held shut on demand: a part of a round then waits, as it does while the mail server is down. */
class HeldDirectory extends ContactDirectory {
  private held: Promise<void> = Promise.resolve();
  private release = () => undefined as void;

  constructor(store: EventStore) {
    super(
      store,
      new PersonalDataVault(new SqlitePersonKeyStore(join(mkdtempSync(join(tmpdir(), 'keys-')), 'k.sqlite'))),
    );
  }

  hold(): void {
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release();
  }

  override async load(): Promise<Directory> {
    await this.held;
    return super.load();
  }
}

describe('cycle workflow on a real Temporal dev server and a real SQLite store', () => {
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

  async function runToSummary(cycle: ReturnType<typeof cycleClient>): Promise<void> {
    await cycle.launch(groups);
    await cycle.setAgenda();
    await cycle.sendPrep();
    for (const group of groups) await cycle.recordMeeting(group);
    await cycle.publishSummary();
  }

  it('runs a cycle from launch to the last cascade, stores each stage as events in order, and then completes', async () => {
    const cycleId = randomUUID();
    const cycle = cycleClient(env.client, env.taskQueue, cycleId);
    await env.withWorker(store, async () => {
      await runToSummary(cycle);
      expect((await cycle.view())?.stage).toBe('summary_published');
      for (const personId of everyone) await cycle.confirmCascade(personId);
      const result = await cycle.handle().result();
      const stored = await store.readStream(cycleStreamId(cycleId));
      expect(result).toMatchObject({ cycleId, revision: stored.length - 1 });
    });
    const events = await store.readStream(cycleStreamId(cycleId));
    // The workflow records its own notice rounds too (nobody here has an address, so no message goes out); when
    // they land among the commands depends on timing, so they are checked on their own.
    const notices = events.filter((event) => event.type === 'NoticeRoundCompleted');
    expect(notices.map((event) => event.data)).toEqual([
      expect.objectContaining({ round: 'prep', messageCount: 0, unreachableIds: everyone }),
      expect.objectContaining({ round: 'summary', messageCount: 0, unreachableIds: everyone }),
    ]);
    expect(notices.map((event) => event.metadata)).toEqual([
      expect.objectContaining({ actorId: '@system', actorRoles: ['system'], command: 'RecordNotifications' }),
      expect.objectContaining({ actorId: '@system', actorRoles: ['system'], command: 'RecordNotifications' }),
    ]);
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
    expect(events[0]?.metadata).toMatchObject({ actorId: 'chef-1', command: 'LaunchCycle' });
  });

  it('rejects a command the domain forbids with its error code, and stores nothing for it', async () => {
    const cycleId = randomUUID();
    const cycle = cycleClient(env.client, env.taskQueue, cycleId);
    await env.withWorker(store, async () => {
      await cycle.launch(groups);
      const failure = await cycle.confirmCascade(everyone[0]!).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (failure as WorkflowUpdateFailedError).cause;
      expect(cause).toBeInstanceOf(ApplicationFailure);
      expect((cause as ApplicationFailure).type).toBe('SUMMARY_NOT_PUBLISHED');
    });
    expect((await store.readStream(cycleStreamId(cycleId))).map((event) => event.type)).toEqual(['CycleLaunched']);
  });

  it('treats a retried command with the same idempotency key as done: one event, same answer', async () => {
    const cycleId = randomUUID();
    const cycle = cycleClient(env.client, env.taskQueue, cycleId);
    await env.withWorker(store, async () => {
      await runToSummary(cycle);
      // The summary's messages are recorded in the background; once they are, nothing else moves the revision.
      await until(
        async () =>
          (await store.readStream(cycleStreamId(cycleId))).filter((event) => event.type === 'NoticeRoundCompleted')
            .length === 2,
        'the summary round',
      );
      const first = await cycle.confirmCascade(everyone[0]!, 'key-1');
      const retry = await cycle.confirmCascade(everyone[0]!, 'key-1');
      expect(retry).toEqual(first);
    });
    const confirmations = (await store.readStream(cycleStreamId(cycleId))).filter(
      (event) => event.type === 'CascadeConfirmed',
    );
    expect(confirmations).toHaveLength(1);
  });

  it('continues as new after its command budget, carries its state over, and still stores every event once', async () => {
    const cycleId = randomUUID();
    const cycle = cycleClient(env.client, env.taskQueue, cycleId, 4);
    let firstRunId = '';
    let lastRunId = '';
    await env.withWorker(store, async () => {
      await cycle.launch(groups);
      firstRunId = (await cycle.handle().describe()).runId;
      await cycle.setAgenda();
      await cycle.sendPrep();
      for (const group of groups) await cycle.recordMeeting(group);
      await cycle.publishSummary();
      const [last, ...others] = everyone;
      await cycle.confirmCascade(others[0]!, 'confirm-first');
      await Promise.all(others.slice(1).map((personId) => cycle.confirmCascade(personId)));
      // The run that saw the first attempt has continued as new by now; the retry must still change nothing.
      const before = await store.readStream(cycleStreamId(cycleId));
      const retry = await cycle.confirmCascade(others[0]!, 'confirm-first');
      expect(retry.revision).toBe(before.length - 1);
      expect(await store.readStream(cycleStreamId(cycleId))).toHaveLength(before.length);
      await cycle.confirmCascade(last!);
      await cycle.handle().result();
      lastRunId = (await cycle.handle().describe()).runId;
      expect(lastRunId).not.toBe(firstRunId);
    });
    const events = await store.readStream(cycleStreamId(cycleId));
    // Each event names the run that appended it: the audit trail can tell the runs apart.
    const workflowId = `cycle-${cycleId}`;
    expect(events[0]?.metadata).toMatchObject({ workflowId, workflowRunId: firstRunId });
    expect(events.at(-1)?.metadata).toMatchObject({ workflowId, workflowRunId: lastRunId });
    expect(events.filter((event) => event.type === 'CascadeConfirmed')).toHaveLength(everyone.length);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(events.at(-1)?.type).toBe('CycleCompleted');
  });

  describe('a run under a steady stream of commands (budget 10, 80 leaders confirming 16 at a time)', () => {
    const crowd = groupSnapshots(organisationFixture(4, 20));
    const leaders = crowd.flatMap((group) => group.memberIds);
    const budget = 10;
    // Launch, agenda, prep, one meeting per group, summary and every leader's confirmation: each accepted once.
    const commandCount = 4 + crowd.length + leaders.length;

    const stored = async (cycleId: string, type: string) =>
      (await store.readStream(cycleStreamId(cycleId))).filter((event) => event.type === type);

    /** Launches and takes the cycle through its meetings; answers the first run's id. */
    async function launchToMeetings(cycle: ReturnType<typeof cycleClient>): Promise<string> {
      await cycle.launch(crowd);
      const firstRunId = (await cycle.handle().describe()).runId;
      await cycle.setAgenda();
      await cycle.sendPrep();
      for (const group of crowd) await cycle.recordMeeting(group);
      return firstRunId;
    }

    const confirmAll = (cycle: ReturnType<typeof cycleClient>) =>
      mapConcurrently(leaders, 16, (personId) => cycle.confirmCascade(personId));

    it('takes no more commands in a run than its budget, and the next run takes the rest', async () => {
      // A steady stream never leaves the run idle to continue as new; without a limit on what it accepts it would take
      // Updates until Temporal's 2,000 per run refuses them all.
      const cycleId = randomUUID();
      const cycle = cycleClient(env.client, env.taskQueue, cycleId, budget);
      let firstRunId = '';
      await env.withWorker(store, async () => {
        firstRunId = await launchToMeetings(cycle);
        await cycle.publishSummary();
        // No part of a round in flight: then a full run takes nothing more (see the next test for while one is).
        await until(async () => (await stored(cycleId, 'NoticeRoundCompleted')).length === 2, 'the summary round');
        await confirmAll(cycle);
        await cycle.handle().result();
      });
      const accepted = await acceptedUpdatesPerRun(env.client, cycleWorkflowId(cycleId), firstRunId);
      for (const count of accepted) expect(count).toBeLessThanOrEqual(budget);
      expect(accepted.reduce((sum, count) => sum + count, 0)).toBe(commandCount);
      const confirmed = await stored(cycleId, 'CascadeConfirmed');
      expect(confirmed.map((event) => (event.data as { personId: string }).personId).sort()).toEqual(
        [...leaders].sort(),
      );
    });

    it('stores commands past its budget at once while a part of a round is being sent, and continues as new after', async () => {
      const cycleId = randomUUID();
      const cycle = cycleClient(env.client, env.taskQueue, cycleId, budget);
      const directory = new HeldDirectory(store);
      let firstRunId = '';
      await env.withWorker(
        store,
        async () => {
          firstRunId = await launchToMeetings(cycle);
          await until(async () => (await stored(cycleId, 'NoticeRoundCompleted')).length === 1, 'the prep round');
          directory.hold();
          await cycle.publishSummary(); // the run's 8th command; the summary round's first part now waits
          const confirming = confirmAll(cycle);
          try {
            await until(
              async () => (await stored(cycleId, 'CascadeConfirmed')).length >= 10,
              'confirmations past the budget',
            );
            expect(await stored(cycleId, 'NoticeRoundCompleted')).toHaveLength(1);
          } finally {
            // Also when the test fails: a part held for good would keep the worker from shutting down.
            directory.open();
          }
          await confirming;
          await cycle.handle().result();
        },
        { directory },
      );
      const accepted = await acceptedUpdatesPerRun(env.client, cycleWorkflowId(cycleId), firstRunId);
      // The run that was sending took commands past its budget, but no run took more than twice its budget.
      expect(accepted[0]).toBeGreaterThan(budget);
      for (const count of accepted) expect(count).toBeLessThanOrEqual(2 * budget);
      expect(accepted.reduce((sum, count) => sum + count, 0)).toBe(commandCount);
      expect(await stored(cycleId, 'CascadeConfirmed')).toHaveLength(leaders.length);
      const rounds = await stored(cycleId, 'NoticeRoundCompleted');
      expect(rounds.map((event) => (event.data as { round: string }).round)).toEqual(['prep', 'summary']);
    });
  });
});
