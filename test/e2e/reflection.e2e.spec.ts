import { devSignIn } from '../support/dev-sign-in';
import { cycleAtStage, cycleUpToSummary } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

const FIRST = 'Vi tager trivsel op på personalemødet i næste uge.';
const SECOND = 'Vi tager trivsel op på personalemødet, og Solsikken får en trivselsgruppe.';

/**
 * A leader's reflection for their own workplace over the API and the leader's round page, against the built API: the
 * leader writes and rewrites their own, nobody else's, and only once the summary is out.
 */
describe('the leader’s reflection for their workplace', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let origin: string;
  let cycleId: string;
  const org = organisationFixture(1, 3);
  const leader = 'p-1-2';

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    origin = system.baseUrl.replace(/\/api$/, '');
    cycleId = await cycleUpToSummary(system, call, org);
  });
  afterAll(async () => system?.stop());

  const write = async (personId: string, role: 'leader' | 'auditor', text: string, cycle = cycleId) =>
    call('PUT', `/cycles/${cycle}/reflection`, { token: await system.token(personId, role), body: { text } });

  it('is the leader’s own, written and rewritten over the API, the latest shown on their round page', async () => {
    expect(await write(leader, 'leader', FIRST)).toMatchObject({
      status: 200,
      body: { cycleId, personId: leader, text: FIRST },
    });
    const second = await write(leader, 'leader', SECOND);
    expect(second).toMatchObject({ status: 200, body: { text: SECOND } });
    expect(Date.parse(second.body.writtenAt)).not.toBeNaN();

    const cookie = await devSignIn(origin, 'leader', leader);
    const page = await (await fetch(`${origin}/leder/cykler/${cycleId}`, { headers: { cookie } })).text();
    expect(page).toContain(SECOND);
    expect(page).not.toContain(FIRST);
    expect(page).toContain('Hvad betyder det for os');
  });

  it('is refused for someone not in the round, before the summary, blank, and without a token', async () => {
    expect(await write('auditor-1', 'auditor', FIRST)).toMatchObject({
      status: 409,
      body: { code: 'PERSON_NOT_IN_CYCLE' },
    });
    const early = await cycleAtStage(system, call, org.groups, 'meetings_held');
    expect(await write(leader, 'leader', FIRST, early)).toMatchObject({
      status: 409,
      body: { code: 'SUMMARY_NOT_PUBLISHED' },
    });
    expect((await write(leader, 'leader', '   ')).status).toBe(400);
    const anonymous = await call('PUT', `/cycles/${cycleId}/reflection`, { body: { text: FIRST } });
    expect(anonymous.status).toBe(401);
  });

  it('is saved from the round page’s form, and a blank one goes back to the page with its error', async () => {
    const cookie = await devSignIn(origin, 'leader', leader);
    const before = await (await fetch(`${origin}/leder/cykler/${cycleId}`, { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(before)?.[1] ?? '';
    const post = (text: string) =>
      fetch(`${origin}/leder/cykler/${cycleId}/refleksion`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, text }),
        redirect: 'manual',
      });

    const blank = await post('  ');
    expect(blank.status).toBe(303);
    expect(blank.headers.get('location')).toBe(`/leder/cykler/${cycleId}`);
    const flash = blank.headers.getSetCookie().map((line) => line.split(';')[0]!);
    const again = await (
      await fetch(`${origin}/leder/cykler/${cycleId}`, { headers: { cookie: [cookie, ...flash].join('; ') } })
    ).text();
    expect(again).toContain('Skriv refleksionen');

    const saved = await post(FIRST);
    expect(saved.status).toBe(303);
    const after = await (await fetch(`${origin}/leder/cykler/${cycleId}`, { headers: { cookie } })).text();
    expect(after).toContain(FIRST);
  });
});
