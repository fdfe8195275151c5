import { apiClient } from '../support/http';
import { CASCADE, cycleUpToSummary } from '../support/cycle-over-http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(300_000);

describe('probe', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
  });
  afterAll(async () => system?.stop());

  it('probes', async () => {
    const out: string[] = [];
    const log = (what: string, r: { status: number; body: unknown }) =>
      out.push(`${what} -> ${r.status} ${JSON.stringify(r.body)}`);
    const raw = async (what: string, method: string, path: string, headers: Record<string, string>, body?: string) => {
      const res = await fetch(`${system.baseUrl}${path}`, { method, headers, body });
      out.push(`${what} -> ${res.status} ${await res.text()}`);
    };
    const chef = await system.token('chef-1', 'chefgruppen');
    const org = organisationFixture(2, 3);
    const id = await cycleUpToSummary(system, call, org);
    log(
      'groupIds bad',
      await call('POST', '/cycles', {
        token: chef,
        body: { theme: 't', meetingDate: '2027-03-01', groupIds: ['a b'] },
      }),
    );
    log(
      'areaId bad',
      await call('PUT', '/organisation', {
        token: chef,
        body: { ...org, people: [{ ...org.people[0], areaId: 'a b' }, ...org.people.slice(1)] },
      }),
    );
    await raw('malformed pct', 'GET', '/cycles/%E0%A4%A', { authorization: `Bearer ${chef}` });
    await raw('malformed pct anon', 'GET', '/cycles/%E0%A4%A', {});
    log('empty revision', await call('GET', `/cycles/${id}/state?revision=`, { token: chef }));
    await raw(
      'text/plain launch',
      'POST',
      '/cycles',
      { authorization: `Bearer ${chef}`, 'content-type': 'text/plain' },
      'hello',
    );
    log(
      'same key different command 1',
      await call('POST', '/cycles', { token: chef, body: { theme: 't', meetingDate: '2027-03-01' } }),
    );
    const l = await call('POST', '/cycles', {
      token: chef,
      body: { theme: 't', meetingDate: '2027-03-01', groupIds: ['g-1'] },
      headers: { 'idempotency-key': 'L1' },
    });
    const c = l.body.id;
    log(
      'agenda k',
      await call('PUT', `/cycles/${c}/agenda`, {
        token: chef,
        body: { items: [], prepTasks: [], materials: [] },
        headers: { 'idempotency-key': 'K' },
      }),
    );
    log('prep k', await call('POST', `/cycles/${c}/prep`, { token: chef, headers: { 'idempotency-key': 'K' } }));
    log('prep nokey', await call('POST', `/cycles/${c}/prep`, { token: chef }));
    log(
      'meeting',
      await call('POST', `/cycles/${c}/meetings/g-1`, {
        token: chef,
        body: { heldAt: '2027-05-20T13:00:00+02:00', attendeeIds: ['p-1-1'], keyPoints: [], inputToChefgruppen: [] },
      }),
    );
    log('summary', await call('POST', `/cycles/${c}/summary`, { token: chef, body: { text: 'x' } }));
    for (const p of ['p-1-1', 'p-1-2', 'p-1-3'])
      log(
        'c ' + p,
        await call('POST', `/cycles/${c}/cascades/${p}`, { token: await system.token(p, 'leader'), body: CASCADE }),
      );
    log(
      'relaunch same key after completion',
      await call('POST', '/cycles', {
        token: chef,
        body: { theme: 't', meetingDate: '2027-03-01', groupIds: ['g-1'] },
        headers: { 'idempotency-key': 'L1' },
      }),
    );
    log('list', {
      status: 0,
      body: (await call('GET', '/cycles', { token: chef })).body.map((v: any) => [v.id, v.stage, v.revision]),
    });
    log('events', {
      status: 0,
      body: (await call('GET', `/cycles/${c}/events`, { token: chef })).body.map((v: any) => v.type),
    });
    log('get org as chef after', await call('GET', '/organisation', { token: chef }));
    console.log(out.join('\n'));
    void id;
  });
});
