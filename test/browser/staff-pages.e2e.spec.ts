import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext, SCREENSHOT_DIR, signIn } from '../support/browser';
import { cycleAtStage } from '../support/cycle-over-http';
import { daysFromNow, justNow } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);
const COMING = { theme: 'Kerneopgaven i fokus', meetingDate: daysFromNow(200) };

/**
 * What the organisation hears, in a real Chromium against the built system: chefgruppen publishes a round's summary
 * on its page, an employee signs in and reads the staff page and its print view, and is refused everywhere else.
 */
describe('web interface: the staff pages', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let round = '';
  let unpublished = '';

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const stored = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (stored.status !== 200) throw new Error(`organisation: ${stored.status}`);
    round = await cycleAtStage(system, call, ORG.groups, 'prep_sent');
    const keyPoints = {
      'g-1': ['Vi deler viden på tværs', 'Fælles sprog om trivsel'],
      'g-2': ['Vi deler viden på tværs'],
    };
    for (const group of ORG.groups) {
      const body = {
        heldAt: justNow(),
        attendeeIds: group.memberIds,
        keyPoints: keyPoints[group.id as keyof typeof keyPoints],
        inputToChefgruppen: [],
      };
      const recorded = await call('POST', `/cycles/${round}/meetings/${group.id}`, { token: chef, body });
      if (recorded.status !== 200) throw new Error(`meeting ${group.id}: ${recorded.status}`);
    }
    const launch = { ...COMING, groupIds: ORG.groups.map((group) => group.id) };
    const coming = await call('POST', '/cycles', { token: chef, body: launch });
    if (coming.status !== 201) throw new Error(`coming round: ${coming.status}`);
    unpublished = await cycleAtStage(system, call, ORG.groups, 'meetings_held');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function signedIn(role: string): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, system.webUrl, role);
    return page;
  }

  it('chefgruppen publishes; an employee reads the staff page and its print view, and nothing else', async () => {
    const chef = await signedIn('chefgruppen');
    await chef.goto(`${system.webUrl}/chefgruppen/cykler/${round}`);
    await chef.fill('#summaryText', 'Vi talte om **tillid**.\n\n- Mere sparring\n- Fælles mål');
    await chef.getByRole('button', { name: 'Se opsamlingen før du sender' }).click();
    await Promise.all([
      chef.waitForURL(`${system.webUrl}/chefgruppen/cykler/${round}`),
      chef.getByRole('button', { name: 'Send', exact: true }).click(),
    ]);

    const employee = await signedIn('employee');
    expect(employee.url()).toBe(`${system.webUrl}/medarbejder`);
    const cards = employee.locator('main ul.cards > li');
    expect(await cards.count()).toBe(1);
    await Promise.all([
      employee.waitForURL(/\/medarbejder\/cykler\//),
      cards.getByRole('link', { name: 'Tværgående ledelse' }).click(),
    ]);

    expect(employee.url()).toBe(`${system.webUrl}/medarbejder/cykler/${round}`);
    expect(await employee.locator('h1').textContent()).toBe('Møderunden om Tværgående ledelse');
    expect(await employee.locator('main h2').allTextContents()).toEqual([
      'Chefgruppens opsamling',
      'Det arbejdede grupperne med',
      'Det sker herefter',
    ]);
    expect(await employee.locator('main .summary-text strong').textContent()).toBe('tillid');
    const section = (heading: string) =>
      employee.locator('main section', { has: employee.locator('h2', { hasText: heading }) });
    expect(await section('Det arbejdede grupperne med').locator('li').allTextContents()).toEqual([
      'Vi deler viden på tværs',
      'Fælles sprog om trivsel',
    ]);
    const coming = await section('Det sker herefter').locator('li').allTextContents();
    expect(coming).toHaveLength(1);
    expect(coming[0]).toMatch(/^\d{1,2}\. \S+ \d{4}: Kerneopgaven i fokus$/);
    // No one is named: not the facilitators, not the members.
    expect(await employee.locator('main').textContent()).not.toMatch(/p-\d-\d/);
    await checkPage(employee, 'medarbejder-side');

    await Promise.all([
      employee.waitForURL(/udskriv$/),
      employee.getByRole('link', { name: 'Udgave til udskrift (A4)' }).click(),
    ]);
    expect(employee.url()).toBe(`${system.webUrl}/medarbejder/cykler/${round}/udskriv`);
    const printed = employee.locator('article.print-document');
    expect(await printed.locator('h2').allTextContents()).toEqual([
      'Chefgruppens opsamling',
      'Det arbejdede grupperne med',
      'Det sker herefter',
    ]);
    expect(await printed.locator('ul').first().locator('li').allTextContents()).toEqual([
      'Mere sparring',
      'Fælles mål',
    ]);
    await checkPage(employee, 'medarbejder-udskrift');
    await employee.emulateMedia({ media: 'print' });
    await employee.screenshot({ path: join(SCREENSHOT_DIR, 'medarbejder-udskrift-papir.png'), fullPage: true });
    for (const selector of ['body > header', 'body > footer', 'p.no-print']) {
      expect({ selector, hidden: await employee.locator(selector).first().isHidden() }).toEqual({
        selector,
        hidden: true,
      });
    }
    await employee.emulateMedia({ media: 'screen' });

    const unpublishedRound = await employee.request.get(`${system.webUrl}/medarbejder/cykler/${unpublished}`);
    expect(unpublishedRound.status()).toBe(404);
    for (const path of [
      '/chefgruppen',
      '/leder',
      '/facilitator',
      '/revision',
      '/mine-data',
      `/leder/cykler/${round}`,
    ]) {
      const response = await employee.request.get(`${system.webUrl}${path}`, { maxRedirects: 0 });
      expect({ path, status: response.status() }).toEqual({ path, status: 403 });
    }
    expect(await employee.locator('nav a.nav-link').allTextContents()).toEqual(['Nyt fra møderunderne']);
  });
});
