import { WorkplaceLinks } from '@ledelsesrum/auth';
import { cycleUpToSummary } from '../support/cycle-over-http';
import { devSignIn } from '../support/dev-sign-in';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

const PER_WORKPLACE_PER_HOUR = 6;
const ANSWER = 'Det betyder, at vi får mere tid til hinanden';

/**
 * The anonymous "Jeg har hørt om det" on a workplace's page, against the built API: an answer is stored in the
 * round's reach stream with the round, the workplace, its area and level, the moment and the answer only; a browser
 * answers once; a flood is refused per workplace and per client.
 */
describe('a workplace page and its anonymous answers', () => {
  let system: SystemUnderTest;
  let origin: string;
  let cycleId: string;
  let token: string;
  const org = organisationFixture(1, 3);
  const leader = org.people.find((person) => person.id === 'p-1-2')!;

  beforeAll(async () => {
    system = await startSystem({
      env: {
        CONFIRM_LINK_SECRET: '',
        REACH_ANSWERS_PER_WORKPLACE_PER_HOUR: String(PER_WORKPLACE_PER_HOUR),
        RATE_LIMIT_WORKPLACE_PAGE_PER_MINUTE: '12',
      },
    });
    origin = system.baseUrl.replace(/\/api$/, '');
    cycleId = await cycleUpToSummary(system, apiClient(system.baseUrl), org);
    token = await new WorkplaceLinks(system.secret).sign({ cycleId, leaderId: leader.id });
  });
  afterAll(async () => system?.stop());

  const page = (cookie = '') => fetch(`${origin}/arbejdsplads/${token}`, { headers: cookie ? { cookie } : {} });
  const answer = (text: string, cookie = '') =>
    fetch(`${origin}/arbejdsplads/${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams({ answer: text }),
      redirect: 'manual',
    });
  const reachEvents = async () => {
    const auditor = await system.token('revisor-1', 'auditor');
    const response = await fetch(`${system.baseUrl}/audit/export`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    const text = await response.text();
    return text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((event) => event['streamId'] === `reach-${cycleId}`);
  };

  it('shows the round to anyone holding the link, and nothing for a link this site did not sign', async () => {
    const shown = await page();
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain('Psykisk arbejdsmiljø');
    expect(html).toContain('Opsamling');
    expect(html).toContain('Jeg har hørt om det');
    const forged = await new WorkplaceLinks('x'.repeat(40)).sign({ cycleId, leaderId: leader.id });
    expect((await fetch(`${origin}/arbejdsplads/${forged}`)).status).toBe(404);
  });

  it('stores an answer with no identity, and takes one answer per browser', async () => {
    const first = await answer(ANSWER);
    expect(first.status).toBe(303);
    const mark = first.headers.getSetCookie().find((line) => line.startsWith('hoert_om_det='));
    expect(mark).toBeDefined();
    const cookie = mark!.split(';')[0]!;
    expect(await (await page(cookie)).text()).toContain('Dit svar er talt med');

    const again = await answer('Igen', cookie);
    expect(again.status).toBe(303);
    const events = await reachEvents();
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ type: 'ReachAnswered' });
    expect(event!['data']).toEqual({
      cycleId,
      leaderId: leader.id,
      areaId: leader.areaId,
      level: leader.level,
      at: expect.any(String),
      answer: ANSWER,
    });
    // Nothing about who answered: no person, request, address or browser anywhere in what is stored.
    const stored = JSON.stringify(event);
    expect(stored).not.toMatch(/127\.0\.0\.1|::1|user-?agent|node|undici|requestId|hoert_om_det/i);
    expect((event!['metadata'] as Record<string, unknown>)['actorId']).toBe('anonym');
  });

  const chefgruppensPage = async () => {
    const cookie = await devSignIn(origin, 'chefgruppen');
    return (await fetch(`${origin}/chefgruppen/cykler/${cycleId}`, { headers: { cookie } })).text();
  };
  /** The text of the reach section only, tags stripped: what chefgruppen reads there. */
  const reachText = (html: string) =>
    html
      .slice(html.indexOf('id="raekkevidde"'), html.indexOf('</table>', html.indexOf('reach-heatmap')) + 8 + 2000)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('shows chefgruppen a count under the threshold only as "under 5"', async () => {
    const text = reachText(await chefgruppensPage());
    expect(text).toContain('Hvor langt nåede det ud');
    expect(text).toContain('Svar i alt: under 5.');
    expect(text).toContain(`${leader.name} Nej under 5`);
    expect(text).toContain(`${leader.areaId} under 5 under 5 under 5`);
  });

  it('refuses a flood: past the workplace’s hourly cap with 429, and then the client’s own limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await answer('')).status);
    // One answer is already stored: the cap leaves room for five more, then refuses.
    expect(statuses.slice(0, PER_WORKPLACE_PER_HOUR - 1)).toEqual(Array(PER_WORKPLACE_PER_HOUR - 1).fill(303));
    expect(statuses.slice(PER_WORKPLACE_PER_HOUR - 1).every((status) => status === 429)).toBe(true);
    expect(await reachEvents()).toHaveLength(PER_WORKPLACE_PER_HOUR);
    const limited = await page();
    expect(limited.status).toBe(429);
    expect(await limited.text()).toMatch(/For mange|Too many/i);
  });

  it('shows chefgruppen the counts once the threshold is reached, per workplace, area and level', async () => {
    const text = reachText(await chefgruppensPage());
    expect(text).toContain(`Svar i alt: ${PER_WORKPLACE_PER_HOUR}.`);
    expect(text).toContain(`${leader.name} Nej ${PER_WORKPLACE_PER_HOUR}`);
    // The leader is a leder in their area; every other cell holds no answers and says so only as "under 5".
    expect(text).toContain(`${leader.areaId} under 5 under 5 ${PER_WORKPLACE_PER_HOUR}`);
  });

  it('counts the answers on the auditor’s timeline, without identities, in a hash chain that holds', async () => {
    const verified = await apiClient(system.baseUrl)('GET', '/audit/verify', {
      token: await system.token('revisor-1', 'auditor'),
    });
    expect(verified).toMatchObject({ status: 200, body: { intact: true } });
    const cookie = await devSignIn(origin, 'auditor');
    const timeline = await (await fetch(`${origin}/revision/cykler/${cycleId}`, { headers: { cookie } })).text();
    expect(timeline).toContain(
      `&quot;Jeg har hørt om det&quot;: ${PER_WORKPLACE_PER_HOUR} svar, registreret som hændelser uden identitet i møderundens eget forløb (reach-${cycleId}).`,
    );
  });
});
