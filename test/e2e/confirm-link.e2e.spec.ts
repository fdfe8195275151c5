import { ConfirmLinks } from '@ledelsesrum/auth';
import { cycleAtStage, cycleUpToSummary } from '../support/cycle-over-http';
import { copenhagenToday } from '../support/dates';
import { apiClient } from '../support/http';
import { groupSnapshots, organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

const TODAY = copenhagenToday();
/** Passed on today: after the summary, which the tests publish today too. */
const CASCADE = { passedOnAt: TODAY, channel: 'personalemøde', note: 'God snak' };
const inDays = (days: number) => new Date(Math.floor(Date.now() / 1000 + days * 24 * 3600) * 1000);
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The personal link from the cascade e-mail, over HTTP against the built API and worker: JSON and the HTML page. */
describe('the personal cascade-confirmation link', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let links: ConfirmLinks;
  let origin: string;
  let cycleId: string;
  const org = organisationFixture(1, 5);

  const link = (personId: string, expiresAt = inDays(60), id = cycleId) =>
    links.sign({ cycleId: id, personId, expiresAt });
  const cycle = async () =>
    (await call('GET', `/cycles/${cycleId}`, { token: await system.token('chef-1', 'chefgruppen') })).body;
  const page = async (method: 'GET' | 'POST', token: string, form?: Record<string, string>) => {
    const response = await fetch(`${origin}/bekraeft/${token}`, {
      method,
      redirect: 'manual',
      ...(form ? { headers: FORM, body: new URLSearchParams(form).toString() } : {}),
    });
    if (response.status !== 303)
      return { status: response.status, headers: response.headers, html: await response.text() };
    // Post/redirect/get: the link's own page shows the outcome, with the sealed cookie the post left for it.
    const cookie = response.headers
      .getSetCookie()
      .map((set) => set.split(';')[0])
      .join('; ');
    const shown = await fetch(new URL(response.headers.get('location')!, origin), { headers: { cookie } });
    return { status: response.status, headers: shown.headers, html: await shown.text() };
  };
  const EMPTY_DATE = { 'passedOnAt.day': '', 'passedOnAt.month': '', 'passedOnAt.year': '' };
  /** A day as the form's three date fields. */
  const dateFields = (day: string) => {
    const [year, month, date] = day.split('-');
    return {
      'passedOnAt.day': String(Number(date)),
      'passedOnAt.month': String(Number(month)),
      'passedOnAt.year': year!,
    };
  };

  beforeAll(async () => {
    // Links are signed with AUTH_JWT_SECRET (through their own derived key) when CONFIRM_LINK_SECRET is unset.
    system = await startSystem({ env: { CONFIRM_LINK_SECRET: '' } });
    call = apiClient(system.baseUrl);
    links = new ConfirmLinks(system.secret);
    origin = system.baseUrl.replace(/\/api$/, '');
    cycleId = await cycleUpToSummary(system, call, org);
  });
  afterAll(async () => system?.stop());

  it('shows the person’s status without a sign-in and without personal data', async () => {
    const expiresAt = inDays(60);
    const response = await fetch(`${system.baseUrl}/confirm/${await link('p-1-2', expiresAt)}`);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body).toEqual({
      cycleId,
      theme: 'Psykisk arbejdsmiljø',
      personId: 'p-1-2',
      status: 'pending',
      expiresAt: expiresAt.toISOString(),
    });
    expect(JSON.stringify(body)).not.toMatch(/Leder|@kommune\.dk/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('confirms by JSON POST as the link’s person, once', async () => {
    const token = await link('p-1-2');
    const confirm = await call('POST', `/confirm/${token}`, { body: CASCADE });
    expect(confirm.status).toBe(200);
    // The answer is the leader's own confirmation and the cycle's counts, not the whole cycle.
    expect(confirm.body).toEqual({
      id: cycleId,
      stage: 'summary_published',
      revision: expect.any(Number),
      personId: 'p-1-2',
      passedOnAt: CASCADE.passedOnAt,
      confirmedAt: expect.any(String),
      progress: { total: 5, confirmed: 1, released: 0, pending: 4 },
    });
    expect((await cycle()).cascades.pending).toEqual(['p-1-1', 'p-1-3', 'p-1-4', 'p-1-5']);
    expect((await call('GET', `/confirm/${token}`)).body.status).toBe('confirmed');

    const events = await call('GET', `/cycles/${cycleId}/events`, { token: await system.token('r-1', 'auditor') });
    const confirmed = events.body.find((event: { type: string }) => event.type === 'CascadeConfirmed');
    expect(confirmed).toMatchObject({ actor: { id: 'p-1-2' }, data: { personId: 'p-1-2', ...CASCADE } });
    // The audit trail says it came through the personal link, as the link's person in the role leader.
    expect(confirmed).toMatchObject({
      actor: { roles: ['leader'] },
      via: 'confirm-link',
      requestId: expect.any(String),
    });

    const again = await call('POST', `/confirm/${token}`, { body: CASCADE });
    expect(again).toMatchObject({ status: 409, body: { code: 'CASCADE_ALREADY_CONFIRMED' } });
  });

  it('confirms only the person the link was signed for', async () => {
    expect((await call('POST', `/confirm/${await link('p-1-3')}`, { body: CASCADE })).status).toBe(200);
    expect((await cycle()).cascades).toMatchObject({ confirmed: 2, pending: ['p-1-1', 'p-1-4', 'p-1-5'] });
    // The person is the token's: a body naming someone else is refused like any unknown field.
    const other = await call('POST', `/confirm/${await link('p-1-4')}`, { body: { ...CASCADE, personId: 'p-1-5' } });
    expect(other.status).toBe(400);
    expect((await cycle()).cascades.confirmed).toBe(2);
  });

  it('corrects and withdraws the confirmation through the link, and then confirms again', async () => {
    const token = await link('p-1-3');
    const corrected = await call('PUT', `/confirm/${token}`, { body: { ...CASCADE, channel: 'e-mail' } });
    expect(corrected).toMatchObject({ status: 200, body: { personId: 'p-1-3', progress: { confirmed: 2 } } });
    const withdrawn = await call('POST', `/confirm/${token}/withdrawal`, { body: { reason: 'For tidligt' } });
    expect(withdrawn).toMatchObject({ status: 200, body: { personId: 'p-1-3', status: 'pending' } });
    expect((await cycle()).cascades).toMatchObject({ confirmed: 1, pending: ['p-1-1', 'p-1-3', 'p-1-4', 'p-1-5'] });
    const again = await call('PUT', `/confirm/${token}`, { body: CASCADE });
    expect(again).toMatchObject({ status: 409, body: { code: 'CASCADE_NOT_CONFIRMED' } });

    const events = await call('GET', `/cycles/${cycleId}/events`, { token: await system.token('r-1', 'auditor') });
    const types = events.body.map((event: { type: string }) => event.type);
    expect(types.slice(-2)).toEqual(['CascadeConfirmationCorrected', 'CascadeConfirmationWithdrawn']);
    expect(events.body.at(-1)).toMatchObject({
      actor: { id: 'p-1-3', roles: ['leader'] },
      via: 'confirm-link',
      data: { personId: 'p-1-3', reason: 'For tidligt' },
    });
    expect((await call('POST', `/confirm/${token}`, { body: CASCADE })).status).toBe(200);
  });

  it('refuses an expired link with 410 and changes nothing', async () => {
    const token = await link('p-1-4', new Date(Date.now() - 60_000));
    for (const method of ['GET', 'POST']) {
      const result = await call(method, `/confirm/${token}`, method === 'POST' ? { body: CASCADE } : {});
      expect(result.status).toBe(410);
      expect(result.body).toMatchObject({ code: 'CONFIRM_LINK_EXPIRED', message: expect.stringContaining('nyt link') });
    }
    expect((await cycle()).cascades.pending).toContain('p-1-4');
  });

  it('refuses tampered, foreign and sign-in tokens with 404, and a link is no sign-in token', async () => {
    const token = await link('p-1-4');
    const at = token.length - 10;
    const tampered = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    const foreign = await new ConfirmLinks('x'.repeat(40)).sign({ cycleId, personId: 'p-1-4', expiresAt: inDays(1) });
    const signIn = await system.token('p-1-4', 'leader');
    for (const bad of [tampered, foreign, signIn, 'not-a-token']) {
      expect((await call('GET', `/confirm/${bad}`)).status).toBe(404);
      const post = await call('POST', `/confirm/${bad}`, { body: CASCADE });
      expect(post).toMatchObject({ status: 404, body: { code: 'CONFIRM_LINK_INVALID' } });
    }
    expect((await call('GET', `/cycles/${cycleId}`, { token })).status).toBe(401);
    expect((await cycle()).cascades.pending).toContain('p-1-4');
  });

  it('says not_yet before the summary, and refuses to confirm then', async () => {
    const early = await cycleAtStage(system, call, groupSnapshots(org), 'prep_sent');
    const token = await link('p-1-2', inDays(60), early);
    expect((await call('GET', `/confirm/${token}`)).body.status).toBe('not_yet');
    const confirm = await call('POST', `/confirm/${token}`, { body: CASCADE });
    expect(confirm).toMatchObject({ status: 409, body: { code: 'SUMMARY_NOT_PUBLISHED' } });
  });

  it('serves an accessible form that does not confirm on GET', async () => {
    const result = await page('GET', await link('p-1-4'));
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(result.headers.get('content-security-policy')).toContain(
      "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'",
    );
    expect(result.headers.get('referrer-policy')).toBe('no-referrer');
    expect(result.html).toContain('<html lang="da">');
    expect(result.html).toContain('Psykisk arbejdsmiljø');
    expect(result.html).toContain('<form method="post" novalidate>');
    for (const field of ['passedOnAt-day', 'passedOnAt-month', 'passedOnAt-year', 'channel', 'note']) {
      expect(result.html).toContain(`<label for="${field}">`);
    }
    expect(result.html).not.toContain('type="date"');
    expect((await cycle()).cascades.pending).toContain('p-1-4');
  });

  it('shows the errors of an incomplete form on its page again, next to their fields', async () => {
    const result = await page('POST', await link('p-1-4'), { ...EMPTY_DATE, channel: '', note: 'Kun en note' });
    expect(result.status).toBe(303);
    expect(result.html).toContain('id="passedOnAt-error"');
    expect(result.html).toContain('id="channel-error"');
    expect(result.html).not.toContain('id="note-error"');
    expect(result.html).toContain('Kun en note');
    expect((await cycle()).cascades.pending).toContain('p-1-4');
  });

  it('shows a date in the future at its field, with what was typed, and records nothing', async () => {
    const tomorrow = new Date(Date.parse(`${TODAY}T12:00:00Z`) + 24 * 3_600_000).toISOString().slice(0, 10);
    const result = await page('POST', await link('p-1-4'), { ...dateFields(tomorrow), channel: 'teammøde', note: '' });
    expect(result.status).toBe(303);
    expect(result.html).toContain('id="passedOnAt-error"');
    expect(result.html).toContain('Videreformidlingen kan ikke ligge i fremtiden');
    expect(result.html).toContain('value="teammøde"');
    expect((await cycle()).cascades.pending).toContain('p-1-4');
  });

  it('shows a correction refused for its date, or a withdrawal without a reason, on its own page, and records nothing', async () => {
    const token = await link('p-1-2');
    const tomorrow = new Date(Date.parse(`${TODAY}T12:00:00Z`) + 24 * 3_600_000).toISOString().slice(0, 10);
    const corrected = await page('POST', `${token}/ret`, { ...dateFields(tomorrow), channel: 'teammøde', note: '' });
    expect(corrected.status).toBe(303);
    expect(corrected.html).toContain('id="passedOnAt-error"');
    expect(corrected.html).toContain('Videreformidlingen kan ikke ligge i fremtiden');
    expect(corrected.html).toContain('value="teammøde"');
    const withdrawn = await page('POST', `${token}/traek-tilbage`, { reason: '  ' });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.html).toContain('id="reason-error"');
    // Read again without the flash: the confirmation as it was given.
    expect((await page('GET', `${token}/ret`)).html).toContain(`value="${CASCADE.channel}"`);
    expect((await page('GET', `${token}/traek-tilbage`)).html).not.toContain('id="reason-error"');
    expect((await cycle()).cascades.pending).not.toContain('p-1-2');
  });

  it('answers a correction or withdrawal with nothing to correct with 409 and where the person stands', async () => {
    const token = await link('p-1-4');
    const form = { ...dateFields(TODAY), channel: 'teammøde', note: '' };
    const corrected = await page('POST', `${token}/ret`, form);
    expect(corrected.status).toBe(409);
    expect(corrected.html).toContain(`action="/bekraeft/${token}"`);
    expect((await page('POST', `${token}/traek-tilbage`, { reason: 'For tidligt' })).status).toBe(409);
    expect((await cycle()).cascades.pending).toContain('p-1-4');
  });

  it('confirms by the form, then says it is already recorded', async () => {
    const token = await link('p-1-4');
    const form = { ...dateFields(TODAY), channel: 'teammøde', note: '' };
    const result = await page('POST', token, form);
    expect(result.status).toBe(303);
    expect(result.html).toContain('Tak – din videreformidling er registreret');
    expect((await cycle()).cascades.pending).not.toContain('p-1-4');

    const again = await page('POST', token, form);
    expect(again.status).toBe(409);
    expect(again.html).toContain('allerede registreret');
    expect((await page('GET', token)).html).toContain('allerede registreret');
  });

  it('answers expired and invalid links with pages of their own', async () => {
    const expired = await page('GET', await link('p-1-5', new Date(Date.now() - 60_000)));
    expect(expired.status).toBe(410);
    expect(expired.html).toContain('Linket er udløbet');
    const posted = await page('POST', await link('p-1-5', new Date(Date.now() - 60_000)), {
      passedOnAt: TODAY,
      channel: 'teammøde',
    });
    expect(posted.status).toBe(410);
    const invalid = await page('GET', 'not-a-token');
    expect(invalid.status).toBe(404);
    expect(invalid.html).toContain('Linket er ugyldigt');
    expect((await cycle()).cascades.pending).toContain('p-1-5');
  });

  it('completes the cycle through links, and a completed cycle still says already confirmed', async () => {
    for (const personId of ['p-1-1', 'p-1-5']) {
      expect((await call('POST', `/confirm/${await link(personId)}`, { body: CASCADE })).status).toBe(200);
    }
    expect((await cycle()).stage).toBe('completed');
    const again = await call('POST', `/confirm/${await link('p-1-5')}`, { body: CASCADE });
    expect(again).toMatchObject({ status: 409, body: { code: 'CASCADE_ALREADY_CONFIRMED' } });
    // The last confirmation completed the cycle: it is not reopened by a correction or a withdrawal.
    const token = await link('p-1-5');
    const correct = await call('PUT', `/confirm/${token}`, { body: CASCADE });
    expect(correct).toMatchObject({ status: 409, body: { code: 'CYCLE_COMPLETED' } });
    const withdraw = await call('POST', `/confirm/${token}/withdrawal`, { body: { reason: 'For sent' } });
    expect(withdraw).toMatchObject({ status: 409, body: { code: 'CYCLE_COMPLETED' } });
    expect((await page('GET', token)).html).not.toContain('/traek-tilbage');
  });
});
