import { SignJWT, generateKeyPair } from 'jose';
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
    log('array org', await call('PUT', '/organisation', { token: chef, body: [org] }));
    log(
      'nested extra',
      await call('PUT', '/organisation', {
        token: chef,
        body: { ...org, people: [{ ...org.people[0], extra: 1 }, ...org.people.slice(1)] },
      }),
    );
    log(
      'boss',
      await call('PUT', '/organisation', {
        token: chef,
        body: { ...org, people: [{ ...org.people[0], level: 'boss' }, ...org.people.slice(1)] },
      }),
    );
    log(
      'unknown facilitator',
      await call('PUT', '/organisation', {
        token: chef,
        body: { ...org, groups: [{ ...org.groups[0], facilitatorId: 'nobody' }] },
      }),
    );
    await raw(
      'invalid json',
      'PUT',
      '/organisation',
      { authorization: `Bearer ${chef}`, 'content-type': 'application/json' },
      '{"areas": [',
    );
    await raw(
      'json string',
      'PUT',
      '/organisation',
      { authorization: `Bearer ${chef}`, 'content-type': 'application/json' },
      '"hello"',
    );
    await raw(
      'json string prep',
      'POST',
      `/cycles/${id}/prep`,
      { authorization: `Bearer ${chef}`, 'content-type': 'application/json' },
      '"hello"',
    );
    log('prep body', await call('POST', `/cycles/${id}/prep`, { token: chef, body: { x: 1 } }));
    log('prep array', await call('POST', `/cycles/${id}/prep`, { token: chef, body: [] }));
    log(
      'launch types',
      await call('POST', '/cycles', { token: chef, body: { theme: 5, meetingDate: '2027-02-30', groupIds: 'g-1' } }),
    );
    log(
      'launch long',
      await call('POST', '/cycles', { token: chef, body: { theme: 'x'.repeat(201), meetingDate: '2027-03-01' } }),
    );
    log('launch missing', await call('POST', '/cycles', { token: chef, body: {} }));
    log(
      'launch unknown group',
      await call('POST', '/cycles', {
        token: chef,
        body: { theme: 't', meetingDate: '2027-03-01', groupIds: ['g-9'] },
      }),
    );
    log(
      'dotdot',
      await call('PUT', '/cycles/..%2F/agenda', { token: chef, body: { items: [], prepTasks: [], materials: [] } }),
    );
    log(
      'space',
      await call('PUT', '/cycles/a%20b/agenda', { token: chef, body: { items: [], prepTasks: [], materials: [] } }),
    );
    log('space get', await call('GET', '/cycles/a%20b', { token: chef }));
    log('state both', await call('GET', `/cycles/${id}/state?revision=0&at=2027-01-01T00:00:00Z`, { token: chef }));
    log('state neither', await call('GET', `/cycles/${id}/state`, { token: chef }));
    log('state bad rev', await call('GET', `/cycles/${id}/state?revision=abc`, { token: chef }));
    log('state extra', await call('GET', `/cycles/${id}/state?revision=0&foo=1`, { token: chef }));
    log('state unknown', await call('GET', `/cycles/nope/state?revision=0`, { token: chef }));
    log('events unknown', await call('GET', `/cycles/nope/events`, { token: chef }));
    log(
      'meeting unknown',
      await call('POST', `/cycles/nope/meetings/g-1`, {
        token: chef,
        body: { heldAt: '2027-05-20T13:00:00+02:00', attendeeIds: [], keyPoints: [], inputToChefgruppen: [] },
      }),
    );
    log(
      'heldAt',
      await call('POST', `/cycles/${id}/meetings/g-1`, {
        token: chef,
        body: { heldAt: 'yesterday', attendeeIds: [], keyPoints: [], inputToChefgruppen: [] },
      }),
    );
    log(
      'video',
      await call('PUT', `/cycles/${id}/agenda`, {
        token: chef,
        body: { items: [], prepTasks: [], materials: [{ kind: 'video', title: 't' }] },
      }),
    );
    log(
      'agenda locked',
      await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: { items: [], prepTasks: [], materials: [] } }),
    );
    // tokens
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'chef-1', roles: ['chefgruppen'], exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url')}.`;
    log('alg none', await call('GET', '/cycles', { token: none }));
    const { privateKey } = await generateKeyPair('RS256');
    const rs = await new SignJWT({ roles: ['chefgruppen'] })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('chef-1')
      .setExpirationTime('1h')
      .sign(privateKey);
    log('rs256', await call('GET', '/cycles', { token: rs }));
    log('no roles', await call('GET', '/cycles', { token: await system.token('x') }));
    // idempotency collision across people
    const k = 'same-key';
    const a = await call('POST', `/cycles/${id}/cascades/p-1-1`, {
      token: await system.token('p-1-1', 'leader'),
      body: CASCADE,
      headers: { 'idempotency-key': k },
    });
    log('cascade a', a);
    const b = await call('POST', `/cycles/${id}/cascades/p-1-2`, {
      token: await system.token('p-1-2', 'leader'),
      body: CASCADE,
      headers: { 'idempotency-key': k },
    });
    log('cascade b same key', b);
    const ev = await call('GET', `/cycles/${id}/events`, { token: chef });
    out.push(
      'confirmed: ' +
        JSON.stringify(ev.body.filter((e: any) => e.type === 'CascadeConfirmed').map((e: any) => e.data.personId)),
    );
    // complete the cycle, last retry with key
    const rest = org.groups.flatMap((g) => g.memberIds).filter((p) => p !== 'p-1-1' && p !== 'p-1-2');
    for (const p of rest.slice(0, -1))
      await call('POST', `/cycles/${id}/cascades/${p}`, { token: await system.token(p, 'leader'), body: CASCADE });
    const last = rest[rest.length - 1]!;
    const lt = await system.token(last, 'leader');
    log(
      'last 1',
      await call('POST', `/cycles/${id}/cascades/${last}`, {
        token: lt,
        body: CASCADE,
        headers: { 'idempotency-key': 'last-key' },
      }),
    );
    log(
      'last 1b (p-1-2 without key)',
      await call('POST', `/cycles/${id}/cascades/p-1-2`, {
        token: await system.token('p-1-2', 'leader'),
        body: CASCADE,
      }),
    );
    log(
      'last retry',
      await call('POST', `/cycles/${id}/cascades/${last}`, {
        token: lt,
        body: CASCADE,
        headers: { 'idempotency-key': 'last-key' },
      }),
    );
    console.log(out.join('\n'));
  });
});
