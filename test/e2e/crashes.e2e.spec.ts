import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startTemporalDevServer, type TemporalDevServer } from '../../infra/temporal-dev-server';
import { apiClient } from '../support/http';
import { CASCADE, cycleUpToSummary } from '../support/cycle-over-http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';
import { MEETING_DATE } from '../support/dates';

jest.setTimeout(300_000);

interface StoredEvent {
  readonly id: string;
  readonly type: string;
  readonly revision: number;
  readonly data: { readonly personId?: string; readonly round?: string; readonly idempotencyKey?: string };
}

/** Every leader's confirmation sent, each with its own Idempotency-Key: a network error reads as status 0. */
function confirmer(system: SystemUnderTest, call: ReturnType<typeof apiClient>, cycleId: string) {
  return async (personId: string) => {
    const started = Date.now();
    const result = await call('POST', `/cycles/${cycleId}/cascades/${personId}`, {
      token: await system.token(personId, 'leader'),
      body: CASCADE,
      headers: { 'idempotency-key': `cascade-${personId}` },
    }).catch(() => ({ status: 0, body: undefined }));
    return { personId, status: result.status, ms: Date.now() - started };
  };
}

async function storedEvents(system: SystemUnderTest, call: ReturnType<typeof apiClient>, cycleId: string) {
  const auditor = await system.token('revisor-1', 'auditor');
  return (await call('GET', `/cycles/${cycleId}/events`, { token: auditor })).body as StoredEvent[];
}

/** Each leader confirmed exactly once, every event once, revisions without a gap. */
function expectEachConfirmedOnce(events: readonly StoredEvent[], leaders: readonly string[]): void {
  const confirmed = events.filter((event) => event.type === 'CascadeConfirmed').map((event) => event.data.personId);
  expect([...confirmed].sort()).toEqual([...leaders].sort());
  expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  expect(events.map((event) => event.revision)).toEqual(events.map((_event, index) => index));
}

describe('processes killed with SIGKILL in the middle of confirmations', () => {
  it('the API: every confirmation answered 2xx is stored, none twice, and a retry with its key stores the rest', async () => {
    const system = await startSystem();
    try {
      const call = apiClient(system.baseUrl);
      const org = organisationFixture(4, 10);
      const leaders = org.groups.flatMap((group) => group.memberIds);
      const id = await cycleUpToSummary(system, call, org);
      const confirm = confirmer(system, call, id);

      const inFlight = Promise.all(leaders.map(confirm));
      await system.kill('api');
      const answered = await inFlight;
      await system.start('api');
      const ok = answered.filter((result) => result.status === 200).map((result) => result.personId);
      // Whatever got no answer is sent again with the same key, as a client does after a dropped connection (and again
      // while its pooled connections to the killed process fail).
      const resend = async (personId: string) => {
        for (let attempt = 1; ; attempt += 1) {
          const result = await confirm(personId);
          if (result.status !== 0 || attempt === 10) return result;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      const retried = await Promise.all(
        answered.filter((result) => result.status !== 200).map((result) => resend(result.personId)),
      );
      expect(retried.map((result) => result.status)).toEqual(retried.map(() => 200));

      const events = await storedEvents(system, call, id);
      const stored = new Set(events.filter((e) => e.type === 'CascadeConfirmed').map((e) => e.data.personId));
      expect(ok.filter((personId) => !stored.has(personId))).toEqual([]);
      expectEachConfirmedOnce(events, leaders);
    } finally {
      await system.stop();
    }
  });

  it('the worker while a round of messages goes out: the next worker finishes the round within seconds, each message once', async () => {
    const system = await startSystem();
    try {
      const call = apiClient(system.baseUrl);
      const chef = await system.token('chef-1', 'chefgruppen');
      const org = organisationFixture(30, 30);
      expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
      const launch = { theme: 'Trivsel', meetingDate: MEETING_DATE };
      const id = (await call('POST', '/cycles', { token: chef, body: launch })).body.id as string;
      const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] };
      expect((await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: agenda })).status).toBe(200);
      const outbox = join(system.dataDir, 'outbox');
      const sent = () => (existsSync(outbox) ? readdirSync(outbox).filter((name) => name.endsWith('.eml')).length : 0);

      expect((await call('POST', `/cycles/${id}/prep`, { token: chef })).status).toBe(200);
      await until(() => sent() > 0, 'the first prep messages');
      await system.kill('worker');
      const killedAt = Date.now();
      expect(sent()).toBeLessThan(900);
      await system.start('worker');

      const roundDone = async () =>
        (await storedEvents(system, call, id)).some(
          (event) => event.type === 'NoticeRoundCompleted' && event.data.round === 'prep',
        );
      await until(roundDone, 'the prep round after the restart', 60_000);
      // A crashed worker's part is taken up after its 5-second heartbeat timeout (it used to take about 70 s).
      expect(Date.now() - killedAt).toBeLessThan(30_000);
      const events = await storedEvents(system, call, id);
      const keys = events
        .filter((event) => event.type === 'NotificationSent')
        .map((event) => event.data.idempotencyKey);
      expect(keys).toHaveLength(900);
      expect(new Set(keys).size).toBe(900);
      expect(sent()).toBe(900);
    } finally {
      await system.stop();
    }
  });

  describe('Temporal', () => {
    let temporal: TemporalDevServer;
    let system: SystemUnderTest;
    let port: number;
    const dbFile = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-temporal-')), 'temporal.sqlite');

    beforeAll(async () => {
      port = await freePort();
      temporal = await startTemporalDevServer({ port, dbFile, headless: true });
      system = await startSystem({ env: { TEMPORAL_ADDRESS: temporal.address } });
    });
    afterAll(async () => {
      await system?.stop();
      await temporal?.stop();
    });

    it('commands answer at their normal speed while Temporal is down, and the cycle’s process catches up when it is back', async () => {
      const call = apiClient(system.baseUrl);
      const org = organisationFixture(3, 10);
      const leaders = org.groups.flatMap((group) => group.memberIds);
      const id = await cycleUpToSummary(system, call, org);
      const roundsDone = async () =>
        (await storedEvents(system, call, id)).filter((event) => event.type === 'NoticeRoundCompleted').length;
      await until(async () => (await roundsDone()) === 2, 'the prep and summary rounds');

      // Killed while the first half of the confirmations are on their way; the second half come while it is down.
      const confirm = confirmer(system, call, id);
      const inFlight = Promise.all(leaders.slice(0, 15).map(confirm));
      await temporal.kill();
      const answered = [...(await inFlight), ...(await Promise.all(leaders.slice(15).map(confirm)))];

      expect(answered.map((result) => result.status)).toEqual(leaders.map(() => 200));
      // Each answered in well under a second (a confirmation used to be held open until Temporal was back).
      expect(Math.max(...answered.map((result) => result.ms))).toBeLessThan(2_000);
      const chef = await system.token('chef-1', 'chefgruppen');
      expect((await call('GET', `/cycles/${id}`, { token: chef })).body).toMatchObject({ stage: 'completed' });

      // Back on the same port and state: the wake-up that completing the cycle called for reaches its process, which
      // then ends, its work done.
      temporal = await startTemporalDevServer({ port, dbFile, headless: true });
      const { Connection, Client } = await import('@temporalio/client');
      const connection = await Connection.connect({ address: temporal.address });
      try {
        const client = new Client({ connection });
        await until(
          async () => (await client.workflow.getHandle(`cycle-${id}`).describe()).status.name === 'COMPLETED',
          'the cycle’s process to end once Temporal is back',
          60_000,
        );
      } finally {
        await connection.close();
      }
      expectEachConfirmedOnce(await storedEvents(system, call, id), leaders);
    });
  });
});
