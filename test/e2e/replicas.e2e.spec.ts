import { readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { cycleWorkflowId } from '@ledelsesrum/contracts';
import { cycleStreamId, ORGANISATION_STREAM } from '@ledelsesrum/domain';
import type { RecordedEvent } from '@ledelsesrum/event-store';
import { PostgresEventStore } from '@ledelsesrum/event-store-postgres';
import { createTestDatabase, type TestDatabase } from '../../libs/postgres-kit/src/testing/postgres-test-database';
import { CASCADE, NOTICE_EVENTS } from '../support/cycle-over-http';
import { justNow, MEETING_DATE } from '../support/dates';
import { apiClient, type HttpResult } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

/** temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY (the enum lives in @temporalio/proto). */
const TASK_QUEUE_TYPE_ACTIVITY = 2;

jest.setTimeout(300_000);

const CYCLES = 3;
const PAGE = 50;

/**
 * Scale-out is configuration: two API processes and two worker processes on one task queue, one PostgreSQL store and
 * one data folder (the per-person keys and the SMTP sent log are files the replicas on a host share). Cycles are
 * driven through both APIs at once; afterwards every event is stored exactly once and both APIs tell the same story.
 */
describe('two API and two worker replicas on one Temporal server and one PostgreSQL store', () => {
  let database: TestDatabase;
  let system: SystemUnderTest | undefined;
  let temporal: Client | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('e2e_replicas');
    system = await startSystem({
      env: { EVENT_STORE: 'postgres', EVENT_STORE_URL: database.url },
      replicas: { api: 2, worker: 2 },
    });
    temporal = system.temporalClient();
  });
  afterAll(async () => {
    await temporal?.connection.close();
    await system?.stop();
    await database?.drop();
  });

  it('completes cycles driven through both APIs at once, with every event once and the same read models on both', async () => {
    const sut = system!;
    expect(sut.baseUrls).toHaveLength(2);
    const apis = sut.baseUrls.map((baseUrl) => apiClient(baseUrl));
    /** The API for the n-th request of a batch: the two take turns. */
    const api = (n: number) => apis[n % apis.length]!;
    const send = async (n: number, method: string, path: string, token: string, body?: unknown) => {
      const result = await api(n)(method, path, { token, body });
      if (result.status >= 300) {
        throw new Error(
          `API ${(n % apis.length) + 1}: ${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`,
        );
      }
      return result;
    };
    const chef = await sut.token('chef-1', 'chefgruppen');
    const auditor = await sut.token('revisor-1', 'auditor');

    const org = organisationFixture(4, 5);
    const participants = org.people.map((person) => person.id).sort();
    await send(0, 'PUT', '/organisation', chef, org);

    // Launched through API 1, 2, 1; a cycle's agenda, prep and summary each go through the other API than the step
    // before, its meetings (like the confirmations below) alternate request by request; every batch is sent at once.
    const cycleIds = await Promise.all(
      Array.from({ length: CYCLES }, async (_, c) => {
        const launch = { theme: `Tværgående ledelse ${c + 1}`, meetingDate: MEETING_DATE };
        return (await send(c, 'POST', '/cycles', chef, launch)).body.id as string;
      }),
    );
    const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [{ title: 'Spørg dit team' }], materials: [] };
    await Promise.all(cycleIds.map((id, c) => send(c + 1, 'PUT', `/cycles/${id}/agenda`, chef, agenda)));
    await Promise.all(cycleIds.map((id, c) => send(c, 'POST', `/cycles/${id}/prep`, chef)));
    const meetings = cycleIds.flatMap((id) => org.groups.map((group) => ({ id, group })));
    await Promise.all(
      meetings.map(({ id, group }, n) =>
        send(n, 'POST', `/cycles/${id}/meetings/${group.id}`, chef, {
          heldAt: justNow(),
          attendeeIds: group.memberIds,
          keyPoints: [`Pointe fra ${group.name}`],
          inputToChefgruppen: [],
        }),
      ),
    );
    await Promise.all(
      cycleIds.map((id, c) => send(c + 1, 'POST', `/cycles/${id}/summary`, chef, { text: 'Opsamling' })),
    );
    // Every leader of every cycle confirms at once, the requests alternating between the two APIs.
    const confirmations = cycleIds.flatMap((id) => participants.map((personId) => ({ id, personId })));
    const leaderTokens = new Map(
      await Promise.all(participants.map(async (personId) => [personId, await sut.token(personId, 'leader')] as const)),
    );
    await Promise.all(
      confirmations.map(({ id, personId }, n) =>
        send(n, 'POST', `/cycles/${id}/cascades/${personId}`, leaderTokens.get(personId)!, CASCADE),
      ),
    );

    // (a) Each workflow ends once its last round of messages is out; then every cycle is completed as both APIs see it.
    await Promise.all(cycleIds.map((id) => temporal!.workflow.getHandle(cycleWorkflowId(id)).result()));
    const all = await readAllInPages(database.url);
    const streams = groupByStream(all);
    for (const id of cycleIds) {
      const revision = streams.get(cycleStreamId(id))!.length - 1;
      for (const [a, call] of apis.entries()) {
        await until(
          async () => (await call('GET', `/cycles/${id}`, { token: chef })).body?.revision === revision,
          `API ${a + 1} to show cycle ${id} at revision ${revision}`,
        );
        expect((await call('GET', `/cycles/${id}`, { token: chef })).body).toMatchObject({
          stage: 'completed',
          cascades: { total: participants.length, confirmed: participants.length, pending: [] },
        });
      }
    }

    // (b) One gapless log with unique ids; each cycle's commands recorded exactly once, each message sent once.
    expect(new Set(all.map((event) => event.id)).size).toBe(all.length);
    expect(all.map((event) => event.position)).toEqual(all.map((_, index) => index + 1));
    expect([...streams.keys()].sort()).toEqual([ORGANISATION_STREAM, ...cycleIds.map(cycleStreamId)].sort());
    for (const events of streams.values()) {
      expect(events.map((event) => event.revision)).toEqual(events.map((_, index) => index));
    }
    const sentKeys: string[] = [];
    for (const id of cycleIds) {
      const events = streams.get(cycleStreamId(id))!;
      const commandEvents = events.filter((event) => !NOTICE_EVENTS.includes(event.type));
      const ofType = (type: string) => commandEvents.filter((event) => event.type === type);
      expect(countByType(commandEvents)).toEqual({
        CycleLaunched: 1,
        AgendaSet: 1,
        PrepSent: 1,
        MeetingRecorded: org.groups.length,
        MeetingsHeld: 1,
        SummaryPublished: 1,
        CascadeConfirmed: participants.length,
        CycleCompleted: 1,
      });
      expect(
        ofType('MeetingRecorded')
          .map((event) => field(event, 'groupId'))
          .sort(),
      ).toEqual(org.groups.map((group) => group.id).sort());
      expect(
        ofType('CascadeConfirmed')
          .map((event) => field(event, 'personId'))
          .sort(),
      ).toEqual(participants);
      expect(commandEvents.at(-1)!.type).toBe('CycleCompleted');

      // The two rounds the cycle sends by itself, each completed once: prep (a package to every participant) and
      // summary (the summary to every participant, a cascade request to those who had not confirmed when it went out).
      const sent = events.filter((event) => event.type === 'NotificationSent');
      const rounds = events.filter((event) => event.type === 'NoticeRoundCompleted');
      expect(rounds.map((event) => field(event, 'round')).sort()).toEqual(['prep', 'summary']);
      for (const round of rounds) {
        expect(sent.filter((event) => field(event, 'round') === field(round, 'round'))).toHaveLength(
          field(round, 'messageCount') as number,
        );
      }
      const recipientsOf = (kind: string) =>
        sent
          .filter((event) => field(event, 'kind') === kind)
          .flatMap((event) => field(event, 'recipientIds') as string[]);
      expect(recipientsOf('prep-package').sort()).toEqual(participants);
      expect(recipientsOf('summary').sort()).toEqual(participants);
      const requested = recipientsOf('cascade-request');
      expect(new Set(requested).size).toBe(requested.length);
      expect(participants).toEqual(expect.arrayContaining(requested));
      expect(recipientsOf('prep-package').length + recipientsOf('summary').length + requested.length).toBe(sent.length);
      const keys = sent.map((event) => field(event, 'idempotencyKey') as string);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(sent.map((event) => field(event, 'messageId'))).size).toBe(sent.length);
      sentKeys.push(...keys);
    }
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    // Both workers write the one outbox folder: one .eml file for each message recorded, none twice.
    const outbox = readdirSync(join(sut.dataDir, 'outbox')).filter((name) => name.endsWith('.eml'));
    expect(outbox).toHaveLength(sentKeys.length);
    expect(new Set(outbox.map((name) => name.slice(-'0123456789abcdef.eml'.length))).size).toBe(outbox.length);

    // (c) The two APIs' read models agree, to the last field.
    const [first, second] = apis as [(typeof apis)[0], (typeof apis)[0]];
    const both = async (path: string, token: string): Promise<[HttpResult, HttpResult]> =>
      Promise.all([first('GET', path, { token }), second('GET', path, { token })]);
    for (const path of ['/cycles', ...cycleIds.map((id) => `/cycles/${id}`), '/organisation']) {
      const [one, two] = await both(path, chef);
      expect(one.status).toBe(200);
      expect(two).toEqual(one);
    }
    // (d) Both find the one hash chain intact, up to the same head: the last event stored.
    const [verifiedOne, verifiedTwo] = await both('/audit/verify', auditor);
    expect(verifiedOne).toMatchObject({
      status: 200,
      body: { intact: true, events: all.length, head: { position: all.length, chainHash: all.at(-1)!.chainHash } },
    });
    expect(verifiedTwo).toEqual(verifiedOne);

    // Both workers serve the task queue, and every task was run by one of them: Temporal's histories name the worker
    // that ran each task (`<pid>@<host>` by default). The processes run only a few activities per cycle (commands never
    // pass through them), so which replica ran which is left to Temporal.
    const activityWorkers = new Set<string>();
    const workflowWorkers = new Set<string>();
    for (const id of cycleIds) {
      const history = await temporal!.workflow.getHandle(cycleWorkflowId(id)).fetchHistory();
      for (const event of history.events ?? []) {
        const activity = event.activityTaskStartedEventAttributes?.identity;
        const workflowTask = event.workflowTaskStartedEventAttributes?.identity;
        if (activity) activityWorkers.add(activity);
        if (workflowTask) workflowWorkers.add(workflowTask);
      }
    }
    const workers = sut.pids('worker').map((pid) => `${pid}@${hostname()}`);
    expect(workers).toHaveLength(2);
    expect(workers).toEqual(expect.arrayContaining([...activityWorkers, ...workflowWorkers]));
    const { pollers } = await temporal!.workflowService.describeTaskQueue({
      namespace: 'default',
      taskQueue: { name: sut.taskQueue },
      taskQueueType: TASK_QUEUE_TYPE_ACTIVITY,
    });
    expect([...new Set((pollers ?? []).map((poller) => poller.identity))].sort()).toEqual([...workers].sort());
  });
});

/** Every event in the store, read page by page as a large store would be. */
async function readAllInPages(url: string): Promise<RecordedEvent[]> {
  const store = await PostgresEventStore.open(url);
  try {
    const all: RecordedEvent[] = [];
    for (;;) {
      const page = await store.readAll({ afterPosition: all.at(-1)?.position ?? 0, maxCount: PAGE });
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  } finally {
    await store.close();
  }
}

function groupByStream(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  return streams;
}

function countByType(events: readonly RecordedEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}

function field(event: RecordedEvent, name: string): unknown {
  return (event.data as Record<string, unknown>)[name];
}
