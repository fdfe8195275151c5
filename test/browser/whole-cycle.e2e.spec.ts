import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../../infra/repo-root';
import { checkPage, launchBrowser, newContext, PHONE, signIn } from '../support/browser';
import { fillDate } from '../support/danish-date';
import { copenhagenNextMinute, copenhagenToday, daysFromNow } from '../support/dates';
import { apiClient } from '../support/http';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(300_000);

/** The README's sample organisation: g-1 facilitated by Dorte, g-2 by Erik, eight leaders in all. */
const SAMPLE_CSV = join(repoRoot(), 'docs', 'eksempel-organisation.csv');
const GROUP_1 = ['p-dorte', 'p-anne', 'p-bo', 'p-carla'];
const GROUP_2 = ['p-erik', 'p-frida', 'p-gustav', 'p-hanne'];

/**
 * A whole cycle from the browser alone, as the README tells a new user to run it: chefgruppen imports the organisation
 * and launches, sets the agenda and sends prep; the facilitators record their meetings; chefgruppen publishes the
 * summary; every leader confirms (one from a phone, one through the personal link in the e-mail without signing in);
 * the cycle completes, and an auditor reads its timeline, a past state, the integrity check and the export. Every
 * page is checked with axe-core and saved as a screenshot (the README's pictures come from here).
 */
describe('a whole cycle through the web interface, as the four kinds of user', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let cycleUrl = '';
  let shot = 0;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** Checks the page with axe and saves it as `whole-cycle-NN-<name>.png`, in the order of the story. */
  const check = (page: Page, name: string) => {
    shot += 1;
    return checkPage(page, `whole-cycle-${String(shot).padStart(2, '0')}-${name}`);
  };
  const as = async (role: string, personId?: string, viewport?: typeof PHONE) => {
    const page = await (await newContext(browser, viewport)).newPage();
    await signIn(page, system.webUrl, role, personId);
    return page;
  };
  const heading = (page: Page) => page.locator('h1').textContent();

  it('chefgruppen imports the organisation from the sample spreadsheet', async () => {
    const page = await as('chefgruppen');
    await check(page, 'chefgruppen-start');
    await page.goto(`${system.webUrl}/chefgruppen/organisation/import`);
    await check(page, 'import');
    await page.setInputFiles('#fil', SAMPLE_CSV);
    await page.click('main form button[type=submit]');
    // Loading shows the changes first; they are saved only when applied.
    await page.waitForURL(/\/chefgruppen\/organisation\/import\/[\w-]+$/);
    expect(await page.locator('main').textContent()).toContain('8 personer tilføjes');
    await check(page, 'import-preview');
    await page.getByRole('button', { name: 'Anvend ændringerne' }).click();
    await page.waitForURL((url) => url.pathname === '/chefgruppen/organisation');
    const overview = await page.locator('main').textContent();
    for (const name of ['Dorte Ærø', 'Erik Holm', 'Gruppe 1', 'Gruppe 2']) expect(overview).toContain(name);
    await check(page, 'organisation');
  });

  it('chefgruppen launches the cycle, sets the agenda and sends the prep', async () => {
    const page = await as('chefgruppen');
    await page.goto(`${system.webUrl}/chefgruppen/cykler/ny`);
    await page.fill('#theme', 'Ledelse af psykisk arbejdsmiljø');
    await fillDate(page, 'meetingDate', daysFromNow(60));
    await check(page, 'launch');
    await page.click('main form button[type=submit]');
    await page.waitForURL(/\/chefgruppen\/cykler\/[^/]+$/);
    cycleUrl = new URL(page.url()).pathname;
    expect(await heading(page)).toContain('Ledelse af psykisk arbejdsmiljø');
    await check(page, 'cycle-launched');

    await page.goto(`${system.webUrl}${cycleUrl}/dagsorden`);
    await page.fill('#items', 'Hvad belaster os? | Runde om bordet\nHvad gør vi ved det?');
    await page.fill('#prepTasks', 'Spørg dit team, hvad der giver energi og hvad der dræner');
    await check(page, 'agenda');
    await page.click('main form button[type=submit]');
    await page.waitForURL((url) => url.pathname === cycleUrl);
    await page.click(`main a[href$="/forberedelse"]`);
    await page.waitForURL((url) => url.pathname === `${cycleUrl}/forberedelse`);
    await page.click('form[action$="/forberedelse"] button[type=submit]:not([formaction])');
    await page.waitForURL((url) => url.pathname === cycleUrl);
    expect(await page.locator('.pipeline [aria-current="step"]').textContent()).toContain('Forberedelse sendt');
    await check(page, 'cycle-prep-sent');
  });

  it('each facilitator records their group’s meeting', async () => {
    for (const [facilitator, members, points] of [
      ['p-dorte', GROUP_1, 'Travlhed rammer de nye ledere hårdest'],
      ['p-erik', GROUP_2, 'Vi deler vagtplaner på tværs'],
    ] as const) {
      const page = await as('facilitator', facilitator);
      if (facilitator === 'p-dorte') await check(page, 'facilitator-groups');
      await page.click('main a.button');
      const held = copenhagenNextMinute();
      await fillDate(page, 'heldAt', held.date);
      await page.fill('#heldAtTime', held.time.replace(':', '.'));
      for (const member of members.slice(0, 3)) await page.check(`input[name=attendeeIds][value="${member}"]`);
      await page.fill('#keyPoints', points);
      await page.fill('#inputToChefgruppen', 'Mere tid til ledelse i hverdagen');
      if (facilitator === 'p-dorte') await check(page, 'meeting-form');
      await page.click('main form button[type=submit]');
      await page.waitForURL((url) => url.pathname === '/facilitator');
      expect(await page.locator('main').textContent()).toContain('registreret');
    }
  });

  it('chefgruppen sees the meetings and the input, and publishes the summary', async () => {
    const page = await as('chefgruppen');
    await page.goto(`${system.webUrl}${cycleUrl}`);
    expect(await page.locator('main').textContent()).toContain('Mere tid til ledelse i hverdagen');
    await page.fill('#summaryText', 'Vi tager trivslen op i hver enhed før sommerferien.');
    await page.click('form[action$="/opsamling/forhaandsvisning"] button[type=submit]');
    await page.click('form[action$="/opsamling"] button[type=submit]:not([formaction])');
    await page.waitForURL((url) => url.pathname === cycleUrl);
    expect(await page.locator('.pipeline [aria-current="step"]').textContent()).toContain('Opsamling');
    await check(page, 'cycle-summary-published');
  });

  it('every leader confirms: six signed in, one from a phone, one through the link in the e-mail', async () => {
    const signedIn = [...GROUP_1, ...GROUP_2].filter((id) => id !== 'p-anne' && id !== 'p-frida');
    for (const leader of signedIn) await confirmSignedIn(await as('leader', leader), leader === 'p-bo');

    const phone = await as('leader', 'p-anne', PHONE);
    await check(phone, 'leader-rounds-phone');
    await confirmSignedIn(phone, true);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    const link = await personalLink('frida@kommune.dk');
    const page = await (await newContext(browser, PHONE)).newPage();
    await page.goto(link);
    await check(page, 'personal-link');
    await fillDate(page, 'passedOnAt', copenhagenToday());
    await page.fill('#channel', 'teammøde');
    await page.click('main form button[type=submit]');
    expect(await heading(page)).toContain('Tak');
  });

  async function confirmSignedIn(page: Page, screenshots: boolean): Promise<void> {
    await page.click('main h2 a');
    if (screenshots) await check(page, 'leader-cycle');
    await fillDate(page, 'passedOnAt', copenhagenToday());
    await page.fill('#channel', 'personalemøde');
    await page.click('form[action$="/bekraeft"] button[type=submit]');
    await page.waitForURL(/\/leder\/cykler\/[^/]+$/);
    // Bo reads English (the sample's sprog column): the receipt is in the reader's language.
    expect(await page.locator('main').textContent()).toMatch(/registreret|is recorded/);
    if (screenshots) await check(page, 'leader-confirmed');
  }

  /** The personal link from the cascade request in the outbox, once the worker has sent it. */
  async function personalLink(email: string): Promise<string> {
    const outbox = join(system.dataDir, 'outbox');
    let request: ParsedMail | undefined;
    await until(async () => {
      for (const file of readdirSync(outbox).filter((name) => name.endsWith('.eml'))) {
        const parsed = await simpleParser(readFileSync(join(outbox, file)));
        const to = [parsed.to ?? []].flat().flatMap((address) => address.value.map((value) => value.address));
        if (to.includes(email) && /\/bekraeft\//.test(parsed.text ?? '')) request = parsed;
      }
      return request !== undefined;
    }, `the cascade request to ${email}`);
    return `${system.webUrl}/bekraeft/${/\/bekraeft\/([\w.-]+)/.exec(request!.text ?? '')![1]!}`;
  }

  it('the last confirmation completes the cycle, as chefgruppen’s list shows', async () => {
    const page = await as('chefgruppen');
    const cycleId = cycleUrl.split('/').pop()!;
    const chef = await system.token('chef-1', 'chefgruppen');
    await until(
      async () =>
        (await apiClient(system.baseUrl)('GET', `/cycles/${cycleId}`, { token: chef })).body.stage === 'completed',
      'the cycle to complete',
    );
    await page.goto(`${system.webUrl}${cycleUrl}`);
    expect(await page.locator('main').textContent()).toContain('8 af 8');
    await check(page, 'cycle-completed');
    await page.click(`main a[href="/revision/cykler/${cycleId}"]`);
    expect(await heading(page)).toContain('Tidslinje');
    await page.goto(`${system.webUrl}/chefgruppen`);
    expect(await page.locator('.pipeline [aria-current="step"]').first().textContent()).toContain('Afsluttet');
    await check(page, 'cycles');
  });

  it('an auditor reads the timeline, the state at an earlier point, the integrity check and the export', async () => {
    const page = await as('auditor');
    await check(page, 'audit');
    await page.click(`main a[href="/revision/cykler/${cycleUrl.split('/').pop()}"]`);
    const rows = await page.locator('main table tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    await page.goto(`${page.url().split('?')[0]}?revision=1`);
    expect(await page.locator('main').textContent()).toContain('Dagsorden sat');
    await check(page, 'audit-timeline');
    await page.goto(`${system.webUrl}/revision/kontrol`);
    expect(await page.locator('main').textContent()).toContain('intakt');
    await check(page, 'audit-integrity');
    const download = await page.request.get(`${system.webUrl}/revision/eksport?format=csv`);
    expect(download.status()).toBe(200);
    expect((await download.text()).split('\n').filter(Boolean).length).toBeGreaterThan(rows);
  });
});
