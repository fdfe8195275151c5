import type { Role } from '@ledelsesrum/auth';
import { commandEventCount, cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { justNow } from '../support/dates';

jest.setTimeout(180_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);
type Caller = Role | 'nobody';
const CALLERS: readonly Caller[] = ['nobody', 'chefgruppen', 'facilitator', 'leader', 'auditor', 'employee'];
/** Who signs in for each role: the facilitator facilitates g-1, the leader is a member of it. */
const PERSON: Record<Role, string | undefined> = {
  chefgruppen: undefined,
  facilitator: 'p-1-1',
  leader: 'p-1-2',
  auditor: undefined,
  employee: undefined,
};
/** Everyone signed in: the staff pages are for the whole organisation. */
const ANY_ROLE: readonly Role[] = ['chefgruppen', 'facilitator', 'leader', 'auditor', 'employee'];

/**
 * Every page of the web interface with the roles that may open it; `:cycle` is a cycle at stage prep_sent whose g-1
 * has recorded its meeting (so that its record can be amended), `:published` one whose summary is published. `ok`: what an allowed caller gets when it is not 200
 * (a page with nothing to do yet sends them on).
 */
const PAGES: readonly {
  readonly path: string;
  readonly allowed: readonly Role[] | 'everyone';
  readonly ok?: number;
}[] = [
  { path: '/log-ind', allowed: 'everyone' },
  { path: '/tilgaengelighed', allowed: 'everyone' },
  { path: '/robots.txt', allowed: 'everyone' },
  { path: '/favicon.ico', allowed: 'everyone' },
  { path: '/chefgruppen', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/ny', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/forberedelse', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/import', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/sammensaet', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2/fratraed', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2/flyt', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/grupper/g-1/facilitator', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/ny-person', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/eksport', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/skabelon', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2/data', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2/slet', allowed: ['chefgruppen'] },
  { path: '/mine-data', allowed: ['facilitator', 'leader'] },
  { path: '/mine-data/eksport', allowed: ['facilitator', 'leader'] },
  { path: '/facilitator', allowed: ['chefgruppen', 'facilitator'] },
  { path: '/facilitator/cykler/:cycle/grupper/g-1', allowed: ['chefgruppen', 'facilitator'] },
  { path: '/facilitator/cykler/:cycle/grupper/g-1/ret', allowed: ['chefgruppen', 'facilitator'] },
  { path: '/chefgruppen/cykler/:cycle/dagsorden/rettelse', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/aflys', allowed: ['chefgruppen'] },
  { path: '/leder', allowed: ['leader'] },
  { path: '/leder/cykler/:cycle', allowed: ['leader'] },
  // Nothing confirmed yet to correct or withdraw: back to the round's page.
  { path: '/leder/cykler/:cycle/ret', allowed: ['leader'], ok: 303 },
  { path: '/leder/cykler/:cycle/traek-tilbage', allowed: ['leader'], ok: 303 },
  { path: '/revision', allowed: ['auditor'] },
  { path: '/revision/kontrol', allowed: ['auditor'] },
  { path: '/revision/eksport?format=csv', allowed: ['auditor'] },
  { path: '/revision/cykler/:cycle', allowed: ['auditor', 'chefgruppen'] },
  { path: '/revision/cykler/:cycle/forloeb.pdf', allowed: ['auditor', 'chefgruppen'] },
  { path: '/chefgruppen/offentliggoerelse', allowed: ['chefgruppen'] },
  // The previews before the summary and the closing show what was posted; opened without it, back to the round.
  { path: '/chefgruppen/cykler/:cycle/opsamling/forhaandsvisning', allowed: ['chefgruppen'], ok: 303 },
  { path: '/chefgruppen/cykler/:cycle/luk/bekraeft', allowed: ['chefgruppen'], ok: 303 },
  { path: '/medarbejder', allowed: ANY_ROLE },
  { path: '/medarbejder/cykler/:published', allowed: ANY_ROLE },
  { path: '/medarbejder/cykler/:published/udskriv', allowed: ANY_ROLE },
];

/** Every form of the web interface that changes something, with the roles whose session may send it. */
const FORMS: readonly { readonly path: string; readonly allowed: readonly Role[] }[] = [
  { path: '/chefgruppen/cykler/ny', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/dagsorden', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/forberedelse', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/opsamling', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/opsamling/forhaandsvisning', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/opsamling/tilbage', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/luk', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/luk/bekraeft', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/luk/tilbage', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/fritag', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/fortryd-fritagelse', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/import', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/sammensaet', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2/fratraed', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2/flyt', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/grupper/g-1/facilitator', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/ny-person', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/import/en-forhaandsvisning', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/organisation/personer/p-1-2/slet', allowed: ['chefgruppen'] },
  { path: '/facilitator/cykler/:cycle/grupper/g-1', allowed: ['chefgruppen', 'facilitator'] },
  { path: '/facilitator/cykler/:cycle/grupper/g-1/ret', allowed: ['chefgruppen', 'facilitator'] },
  { path: '/chefgruppen/cykler/:cycle/dagsorden/rettelse', allowed: ['chefgruppen'] },
  { path: '/chefgruppen/cykler/:cycle/aflys', allowed: ['chefgruppen'] },
  { path: '/leder/cykler/:cycle/bekraeft', allowed: ['leader'] },
  { path: '/leder/cykler/:cycle/ret', allowed: ['leader'] },
  { path: '/leder/cykler/:cycle/traek-tilbage', allowed: ['leader'] },
  { path: '/chefgruppen/offentliggoerelse/feed-token', allowed: ['chefgruppen'] },
  { path: '/leder/cykler/:cycle/refleksion', allowed: ['leader'] },
  { path: '/chefgruppen/offentliggoerelse/lister', allowed: ['chefgruppen'] },
];

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

/**
 * Who may open each page and send each form, proven over HTTP for every role and for nobody signed in: the server
 * enforces what the pages show. A refused form changes nothing.
 */
describe('web interface: every page and form × every role, and nobody signed in', () => {
  let system: SystemUnderTest;
  let cycle = '';
  let published = '';
  const sessions = new Map<Role, Session>();
  const call = () => apiClient(system.baseUrl);

  beforeAll(async () => {
    system = await startSystem();
    const chef = await system.token('chef-1', 'chefgruppen');
    const stored = await call()('PUT', '/organisation', { token: chef, body: ORG });
    if (stored.status !== 200) throw new Error(`organisation: ${stored.status}`);
    cycle = await cycleAtStage(system, call(), ORG.groups, 'prep_sent');
    published = await cycleAtStage(system, call(), ORG.groups, 'summary_published');
    const meeting = {
      heldAt: justNow(),
      attendeeIds: ['p-1-1'],
      keyPoints: [],
      inputToChefgruppen: [],
    };
    const recorded = await call()('POST', `/cycles/${cycle}/meetings/g-1`, { token: chef, body: meeting });
    if (recorded.status !== 200) throw new Error(`meeting: ${recorded.status}`);
    for (const role of ANY_ROLE) {
      sessions.set(role, await signIn(role, PERSON[role]));
    }
  }, 120_000);
  afterAll(async () => system?.stop());

  async function signIn(role: Role, personId: string | undefined): Promise<Session> {
    const body = new URLSearchParams({ role, ...(personId ? { personId } : {}) });
    const response = await fetch(`${system.webUrl}/log-ind`, { method: 'POST', body, redirect: 'manual' });
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('ledelsesrum_session='));
    if (response.status !== 303 || !cookie) throw new Error(`sign-in as ${role}: ${response.status}`);
    const session = cookie.split(';')[0]!;
    const page = await (await fetch(`${system.webUrl}/tilgaengelighed`, { headers: { cookie: session } })).text();
    return { cookie: session, csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! };
  }

  const at = (path: string) => `${system.webUrl}${path.replace(':cycle', cycle).replace(':published', published)}`;
  const rows = <T extends { path: string }>(entries: readonly T[]) =>
    entries.flatMap((entry) => CALLERS.map((caller) => ({ ...entry, caller })));

  it.each(rows(PAGES))('GET $path as $caller', async ({ path, allowed, ok, caller }) => {
    const headers: Record<string, string> = caller === 'nobody' ? {} : { cookie: sessions.get(caller)!.cookie };
    const response = await fetch(at(path), { headers, redirect: 'manual' });
    if (allowed === 'everyone' || (caller !== 'nobody' && allowed.includes(caller))) {
      expect(response.status).toBe(ok ?? 200);
    } else if (caller === 'nobody') {
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/log-ind\?tilbage=/);
    } else {
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('Ingen adgang');
    }
  });

  it.each(rows(FORMS).filter(({ caller, allowed }) => caller === 'nobody' || !allowed.includes(caller)))(
    'POST $path as $caller is refused and changes nothing',
    async ({ path, caller }) => {
      const chef = await system.token('chef-1', 'chefgruppen');
      const before = await Promise.all([commandEventCount(call(), chef, cycle), organisation(chef)]);
      const session = caller === 'nobody' ? undefined : sessions.get(caller);
      const body = new URLSearchParams({ ...(session ? { _csrf: session.csrf } : {}), reason: 'x', text: 'x' });
      const headers: Record<string, string> = session ? { cookie: session.cookie } : {};
      const response = await fetch(at(path), { method: 'POST', headers, body, redirect: 'manual' });
      if (caller === 'nobody') {
        expect(response.status).toBe(303);
        expect(response.headers.get('location')).toBe('/log-ind');
      } else {
        expect(response.status).toBe(403);
      }
      expect(await Promise.all([commandEventCount(call(), chef, cycle), organisation(chef)])).toEqual(before);
    },
  );

  it.each(FORMS.flatMap((form) => form.allowed.map((role) => ({ ...form, role }))))(
    'POST $path as $role without the session’s form token is refused',
    async ({ path, role }) => {
      const response = await fetch(at(path), {
        method: 'POST',
        headers: { cookie: sessions.get(role)!.cookie },
        body: new URLSearchParams({ reason: 'x' }),
        redirect: 'manual',
      });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('genindlæs siden');
    },
  );

  async function organisation(chef: string): Promise<unknown> {
    return (await call()('GET', '/organisation', { token: chef })).body;
  }
});
