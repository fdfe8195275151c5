import type { Browser, Page } from 'playwright-core';
import { ConfirmLinks } from '@ledelsesrum/auth';
import { checkPage, launchBrowser, newContext, PHONE, signIn } from '../support/browser';
import { fillDate } from '../support/danish-date';
import { copenhagenToday, justNow, MEETING_DATE } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

const THEME = 'Ledelse af psykisk arbejdsmiljø';
const AGENDA = {
  items: [{ title: 'Hvad betyder psykisk arbejdsmiljø hos os?', description: 'Drøftelse i små grupper' }],
  prepTasks: [{ title: 'Spørg dine medarbejdere', description: 'Hvad giver energi, og hvad dræner?' }],
  materials: [
    { kind: 'article', title: 'Forskningsartikel om trivsel', url: 'https://example.org/artikel' },
    { kind: 'speaker', title: 'Oplæg ved arbejdsmiljøkonsulenten' },
  ],
};
const SUMMARY = 'Grupperne ser trivsel som en fælles opgave.\n\nVi taler om arbejdsmiljø på hvert personalemøde.';

/** The leader's pages in a real Chromium on a phone screen: the prep package, the summary, and confirming. */
describe('web interface: a leader prepares and confirms their cascade', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let cycleId: string;
  let otherCycleId: string;
  // Gruppe 1 (p-1-1 facilitates, p-1-2 and p-1-3) is in the round; Gruppe 2 only in another one.
  const org = organisationFixture(2, 3);

  const send = async (method: string, path: string, body?: unknown) => {
    const result = await call(method, path, { token: chef, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  };
  const signedIn = async (personId: string, role = 'leader'): Promise<Page> => {
    const page = await (await newContext(browser, PHONE)).newPage();
    await signIn(page, system.webUrl, role, personId);
    return page;
  };
  const text = (page: Page) => page.locator('main').innerText();
  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
  /** Sends the form and waits for the page that answers it (a redirect's target included). */
  const submit = async (page: Page): Promise<number> => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.click('form[method=post]:not([action="/log-ud"]) button[type=submit]'),
    ]);
    await page.waitForLoadState('load');
    return response.status();
  };

  beforeAll(async () => {
    // Personal links are signed from AUTH_JWT_SECRET when CONFIRM_LINK_SECRET is unset, as in confirm-link.e2e.
    system = await startSystem({ env: { CONFIRM_LINK_SECRET: '' } });
    browser = await launchBrowser();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    await send('PUT', '/organisation', org);
    const meeting = { startTime: '13:00', durationMinutes: 180, place: 'Rådhuset, mødelokale 2' };
    cycleId = (await send('POST', '/cycles', { theme: THEME, meetingDate: MEETING_DATE, groupIds: ['g-1'], meeting }))
      .id;
    await send('PUT', `/cycles/${cycleId}/agenda`, AGENDA);
    await send('POST', `/cycles/${cycleId}/prep`);
    otherCycleId = (
      await send('POST', '/cycles', { theme: 'Gruppe 2 alene', meetingDate: MEETING_DATE, groupIds: ['g-2'] })
    ).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('confirms the cascade on a phone: prep package, then the summary, the form with an error, and the receipt', async () => {
    const page = await signedIn('p-1-2');
    expect(new URL(page.url()).pathname).toBe('/leder');
    expect(await page.locator('h1').innerText()).toBe('Mine møderunder');
    const card = page.locator('.cards > li', { hasText: THEME });
    await expect(card.innerText()).resolves.toContain('Forberedelse sendt');
    expect(await card.locator('.badge').innerText()).toBe('Ikke endnu');
    await expect(text(page)).resolves.not.toContain('Gruppe 2 alene');
    await noSidewaysScroll(page);
    await checkPage(page, 'leder-oversigt-telefon');

    await Promise.all([page.waitForURL((url) => url.pathname !== '/leder'), page.click(`text=${THEME}`)]);
    expect(new URL(page.url()).pathname).toBe(`/leder/cykler/${cycleId}`);
    expect(await page.locator('h1').innerText()).toBe(THEME);
    const prep = await text(page);
    for (const expected of [
      'Hvad betyder psykisk arbejdsmiljø hos os?',
      'Spørg dine medarbejdere',
      'Hvad giver energi, og hvad dræner?',
      'Oplæg ved arbejdsmiljøkonsulenten',
      'kl. 13.00–16.00',
      'Rådhuset, mødelokale 2',
      'Gruppe 1',
      'Leder 1.1 Ærø',
    ]) {
      expect(prep).toContain(expected);
    }
    expect(await page.getAttribute('a:has-text("Forskningsartikel om trivsel")', 'href')).toBe(
      'https://example.org/artikel',
    );
    expect(await page.locator('form#bekraeft').count()).toBe(0);
    await noSidewaysScroll(page);
    await checkPage(page, 'leder-forberedelse-telefon');

    // Chefgruppen records the meeting and publishes the summary through the API.
    const attendance = {
      heldAt: justNow(),
      attendeeIds: org.groups[0]!.memberIds,
      keyPoints: [],
      inputToChefgruppen: [],
    };
    await send('POST', `/cycles/${cycleId}/meetings/g-1`, attendance);
    await send('POST', `/cycles/${cycleId}/summary`, { text: SUMMARY });

    await page.reload();
    expect(await page.locator('dd .badge').innerText()).toBe('Mangler din bekræftelse');
    await expect(text(page)).resolves.toContain('Vi taler om arbejdsmiljø på hvert personalemøde.');
    expect(await page.locator('form#bekraeft').count()).toBe(1);
    await noSidewaysScroll(page);
    await checkPage(page, 'leder-bekraeft-formular-telefon');

    // A day that does not exist: the server's own check says so, in Danish.
    await fillDate(page, 'passedOnAt', '2027-02-31');
    await page.fill('#channel', 'personalemøde');
    await page.fill('#note', 'God snak om trivsel');
    expect(await submit(page)).toBe(303);
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await page.locator('#passedOnAt-error').innerText()).toContain('Skriv en dato som 24.5.2027');
    expect(await page.getAttribute('#passedOnAt-day', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#channel')).toBe('personalemøde');
    expect(await page.inputValue('#note')).toBe('God snak om trivsel');
    await noSidewaysScroll(page);
    await checkPage(page, 'leder-bekraeft-fejl-telefon');

    await fillDate(page, 'passedOnAt', copenhagenToday());
    await Promise.all([
      page.waitForURL((url) => url.pathname === `/leder/cykler/${cycleId}`),
      page.click('form#bekraeft button[type=submit]'),
    ]);
    await expect(page.locator('[role=status] h2').innerText()).resolves.toBe(
      'Tak – din videreformidling er registreret',
    );
    expect(await page.locator('dd .badge').innerText()).toBe('Bekræftet');
    expect(await page.locator('form#bekraeft').count()).toBe(0);
    await noSidewaysScroll(page);
    await checkPage(page, 'leder-kvittering-telefon');

    await page.goto(`${system.webUrl}/leder`);
    expect(await card.locator('.badge').innerText()).toBe('Bekræftet');

    // Through the API: confirmed by the leader themselves, with what the form said.
    const cycle = await send('GET', `/cycles/${cycleId}`);
    expect(cycle.cascades).toMatchObject({ confirmed: 1, pending: ['p-1-1', 'p-1-3'] });
    const events = await send('GET', `/cycles/${cycleId}/events`);
    const confirmed = events.find((event: { type: string }) => event.type === 'CascadeConfirmed');
    expect(confirmed).toMatchObject({
      actor: { id: 'p-1-2', roles: ['leader'] },
      data: { personId: 'p-1-2', passedOnAt: copenhagenToday(), channel: 'personalemøde', note: 'God snak om trivsel' },
    });
  });

  it('shows a second leader their own status and form', async () => {
    const page = await signedIn('p-1-3');
    await page.goto(`${system.webUrl}/leder/cykler/${cycleId}`);
    expect(await page.locator('dd .badge').innerText()).toBe('Mangler din bekræftelse');
    expect(await page.locator('form#bekraeft').count()).toBe(1);
    await noSidewaysScroll(page);
    await checkPage(page, 'leder-anden-leder-telefon');
  });

  it('refuses a round the leader is not in, the leader’s pages to another role, and a visitor', async () => {
    const page = await signedIn('p-1-2');
    const refused = await page.goto(`${system.webUrl}/leder/cykler/${otherCycleId}`);
    expect(refused?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Ingen adgang');
    await expect(text(page)).resolves.toContain('Du deltager ikke i denne møderunde');
    await checkPage(page, 'leder-anden-runde-403');
    const confirm = await page.request.post(`${system.webUrl}/leder/cykler/${otherCycleId}/bekraeft`, {
      form: {
        _csrf: (await page.getAttribute('input[name=_csrf]', 'value'))!,
        passedOnAt: MEETING_DATE,
        channel: 'teammøde',
      },
      maxRedirects: 0,
    });
    expect(confirm.status()).toBe(403);

    const facilitator = await signedIn('p-1-1', 'facilitator');
    expect((await facilitator.goto(`${system.webUrl}/leder`))?.status()).toBe(403);

    const visitor = await (await newContext(browser, PHONE)).newPage();
    await visitor.goto(`${system.webUrl}/leder/cykler/${cycleId}`);
    expect(new URL(visitor.url()).pathname).toBe('/log-ind');
  });

  it('keeps the personal link page working without a sign-in, and accessible', async () => {
    const links = new ConfirmLinks(system.secret);
    const token = await links.sign({ cycleId, personId: 'p-1-3', expiresAt: new Date(Date.now() + 30 * 86_400_000) });
    const page = await (await newContext(browser, PHONE)).newPage();
    const response = await page.goto(`${system.webUrl}/bekraeft/${token}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toContain('Bekræft din videreformidling');
    await noSidewaysScroll(page);
    await checkPage(page, 'bekraeft-link-telefon');

    // Its own form leaves every check to the server, whose messages are Danish (with English beside them).
    await fillDate(page, 'passedOnAt', '2027-02-31');
    await page.fill('#channel', 'teammøde');
    expect(await submit(page)).toBe(303);
    expect(await page.locator('#passedOnAt-error').count()).toBe(1);
    await checkPage(page, 'bekraeft-link-fejl-telefon');
  });
});
