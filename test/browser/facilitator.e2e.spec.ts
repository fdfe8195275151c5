import type { Browser, Page } from 'playwright-core';
import { copenhagenInstant } from '@ledelsesrum/domain';
import { checkPage, DESKTOP, launchBrowser, newContext, PHONE, signIn } from '../support/browser';
import { cycleAtStage } from '../support/cycle-over-http';
import { dateShown, fillDate } from '../support/danish-date';
import { copenhagenNextMinute, MEETING_DATE } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

/** The facilitator's pages in a real Chromium: their groups, and recording a meeting through the form. */
describe('web interface: the facilitator records their group’s meeting', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let cycleId: string;
  // Gruppe 1: p-1-1 facilitates, p-1-2 and p-1-3 are members; Gruppe 2 likewise with p-2-1.
  const org = organisationFixture(2, 3);
  const formPath = () => `/facilitator/cykler/${cycleId}/grupper/g-1`;

  const signedIn = async (role: string, personId?: string): Promise<Page> => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, system.webUrl, role, personId);
    return page;
  };

  /** Sends the form the button is in and waits for the page that answers it (a redirect's target included). */
  const submit = async (page: Page, button: string): Promise<number> => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.click(button),
    ]);
    await page.waitForLoadState('load');
    return response.status();
  };
  const SEND = 'form[action$="/grupper/g-1"] button[type=submit]';

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
    cycleId = await cycleAtStage(system, call, org.groups, 'prep_sent');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows the facilitator their group and the round, and records the meeting through the form', async () => {
    const page = await signedIn('facilitator', 'p-1-1');
    expect(new URL(page.url()).pathname).toBe('/facilitator');
    expect(await page.locator('h1').innerText()).toBe('Mine grupper');
    const main = page.locator('main');
    await expect(main.innerText()).resolves.toContain('Gruppe 1');
    await expect(main.innerText()).resolves.not.toContain('Gruppe 2');
    const card = page.locator('.cards > li', { hasText: 'Tværgående ledelse' });
    expect(await card.locator('.badge').innerText()).toBe('Ikke registreret');
    await checkPage(page, 'facilitator-oversigt');

    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/facilitator'),
      page.click('text=Registrér mødet for Gruppe 1'),
    ]);
    expect(new URL(page.url()).pathname).toBe(formPath());
    await checkPage(page, 'facilitator-moede-formular');
    // The same form, opened in a second tab before the first one is sent: it will be too late.
    const stale = await page.context().newPage();
    await stale.goto(`${system.webUrl}${formPath()}`);

    await fillDate(page, 'heldAt', '');
    await page.check('label:has-text("Leder 1.1 Ærø")');
    await page.check('label:has-text("Leder 1.2 Ærø")');
    await page.fill('#keyPoints', 'Vi deler viden\n\nVi mødes oftere');
    await page.fill('#inputToChefgruppen', 'Mere tid til ledelse');
    // A phone, where the summary would be above the screen if the focus stayed at the button.
    await page.setViewportSize(PHONE);
    // Refused: back to the form's page (Post/Redirect/Get), which shows it again.
    expect(await submit(page, SEND)).toBe(303);
    expect(new URL(page.url()).pathname).toBe(formPath());
    const focused = await page.evaluate(`(() => {
      const active = document.activeElement;
      const box = active.getBoundingClientRect();
      return { summary: active.classList.contains('summary-errors'), inView: box.top >= 0 && box.top < innerHeight };
    })()`);
    expect(focused).toEqual({ summary: true, inView: true });
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await page.locator('#heldAt-error').innerText()).toContain('Vælg dato og klokkeslæt for mødet');
    expect(await page.getAttribute('#heldAt-day', 'aria-invalid')).toBe('true');
    expect(await page.locator('.summary-errors a[href="#heldAt"]').count()).toBe(1);
    // What was typed and ticked is still there.
    expect(await page.inputValue('#keyPoints')).toBe('Vi deler viden\n\nVi mødes oftere');
    expect(await page.isChecked('label:has-text("Leder 1.2 Ærø")')).toBe(true);
    expect(await page.isChecked('label:has-text("Leder 1.3 Ærø")')).toBe(false);
    await checkPage(page, 'facilitator-moede-fejl');
    await page.setViewportSize(DESKTOP);
    // The error went with the page that showed it: reloaded, the form is as it first was.
    await page.reload();
    expect(await page.locator('.summary-errors').count()).toBe(0);
    const formTitle = await page.title();
    expect(formTitle).toBe('Mødet i Gruppe 1 – ledelsesrum');
    await page.fill('#keyPoints', 'Vi deler viden\n\nVi mødes oftere');
    await page.fill('#inputToChefgruppen', 'Mere tid til ledelse');
    await page.check('label:has-text("Leder 1.1 Ærø")');
    await page.check('label:has-text("Leder 1.2 Ærø")');

    // Held just now: after prep, and not in the future.
    const held = copenhagenNextMinute();
    await fillDate(page, 'heldAt', held.date);
    await page.fill('#heldAtTime', held.time.replace(':', '.'));
    await Promise.all([page.waitForURL((url) => url.pathname === '/facilitator'), page.click(SEND)]);
    expect(await page.locator('.notice[role=status]').innerText()).toContain('Mødet er registreret for Gruppe 1');
    expect(await card.locator('.badge').innerText()).toBe('Registreret');
    await expect(card.innerText()).resolves.toContain(held.time.replace(':', '.'));
    await checkPage(page, 'facilitator-moede-registreret');

    // Going back after error-then-success is the site's own page again, fetched anew: no form is posted again, so
    // Chromium has no "Confirm Form Resubmission" to ask.
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    const back = await page.goBack();
    expect(back?.status()).toBe(200);
    expect(back?.request().method()).toBe('GET');
    expect(new URL(page.url()).pathname).toBe(formPath());
    expect(await page.title()).toBe(formTitle);
    expect(posts).toEqual([]);

    // Through the API: recorded, at that minute Copenhagen time, as the facilitator, with what the form said.
    const cycle = await call('GET', `/cycles/${cycleId}`, { token: chef });
    expect(cycle.body.groups).toEqual([
      { id: 'g-1', meetingHeld: true },
      { id: 'g-2', meetingHeld: false },
    ]);
    const events = await call('GET', `/cycles/${cycleId}/events`, { token: chef });
    const recorded = events.body.find((event: { type: string }) => event.type === 'MeetingRecorded');
    expect(recorded).toMatchObject({
      actor: { id: 'p-1-1', roles: ['facilitator'] },
      data: {
        groupId: 'g-1',
        attendeeIds: ['p-1-1', 'p-1-2'],
        keyPoints: ['Vi deler viden', 'Vi mødes oftere'],
        inputToChefgruppen: ['Mere tid til ledelse'],
        recordedBy: 'p-1-1',
      },
    });
    expect(recorded.data.heldAt).toMatch(new RegExp(`^${held.date}T${held.time}:00\\+0[12]:00$`));
    expect(new Date(recorded.data.heldAt).toISOString()).toBe(copenhagenInstant(held.date, held.time));

    // The form opened earlier is refused by the domain: back on its page, which now says the meeting is recorded,
    // with why and, beside it, what was typed in this tab, so nothing is lost.
    await stale.fill('#keyPoints', 'Skrevet i den anden fane\nAndet punkt');
    expect(await submit(stale, SEND)).toBe(303);
    expect(new URL(stale.url()).pathname).toBe(formPath());
    const conflict = stale.locator('.conflict');
    await expect(conflict.innerText()).resolves.toContain('Mødet er allerede registreret');
    expect(await conflict.locator('.typed-text').allInnerTexts()).toEqual(['Skrevet i den anden fane\nAndet punkt']);
    await expect(stale.locator('main').innerText()).resolves.toContain('Mødet er registreret.');
    expect(await stale.evaluate(`document.activeElement.classList.contains('conflict')`)).toBe(true);
    await checkPage(stale, 'facilitator-moede-allerede-registreret');

    // The form's page now says the meeting is recorded, with no form.
    await page.goto(`${system.webUrl}${formPath()}`);
    expect(await page.locator('form[action$="/grupper/g-1"]').count()).toBe(0);
    await expect(page.locator('main').innerText()).resolves.toContain('Mødet er registreret.');
    await checkPage(page, 'facilitator-moede-set');
  });

  it('refuses another facilitator that group’s form, and shows them their own group only', async () => {
    const page = await signedIn('facilitator', 'p-2-1');
    await expect(page.locator('main').innerText()).resolves.toContain('Gruppe 2');
    const response = await page.goto(`${system.webUrl}${formPath()}`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('h1').innerText()).toBe('Ingen adgang');
    await expect(page.locator('main').innerText()).resolves.toContain('Kun gruppens facilitator');
    await checkPage(page, 'facilitator-anden-gruppe-403');
  });

  it('refuses a leader the facilitator’s pages, and sends a visitor who is not signed in to sign in', async () => {
    const leader = await signedIn('leader', 'p-1-2');
    const response = await leader.goto(`${system.webUrl}/facilitator`);
    expect(response?.status()).toBe(403);
    expect(await leader.locator('h1').innerText()).toBe('Ingen adgang');
    await checkPage(leader, 'facilitator-leder-403');

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${system.webUrl}${formPath()}`);
    const url = new URL(visitor.url());
    expect(url.pathname).toBe('/log-ind');
    expect(url.searchParams.get('tilbage')).toBe(formPath());
  });

  it('lets chefgruppen see every group and open any group’s meeting', async () => {
    const page = await signedIn('chefgruppen');
    const response = await page.goto(`${system.webUrl}/facilitator`);
    expect(response?.status()).toBe(200);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Gruppe 1');
    expect(main).toContain('Gruppe 2');
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/facilitator'),
      page.click('text=Registrér mødet for Gruppe 2'),
    ]);
    expect(new URL(page.url()).pathname).toBe(`/facilitator/cykler/${cycleId}/grupper/g-2`);
    expect(await page.locator('#heldAt').count()).toBe(1);
  });

  // Last: it records Gruppe 2's meeting, which the tests before open while it is still to record.
  it('takes and shows dates the Danish way in a browser whose own language is English', async () => {
    const english = await launchBrowser({ uiLanguage: 'en-US' });
    try {
      const context = await english.newContext({ viewport: DESKTOP, locale: 'en-US', timezoneId: 'Europe/Copenhagen' });
      const page = await context.newPage();
      await signIn(page, system.webUrl, 'facilitator', 'p-2-1');
      await page.goto(`${system.webUrl}/facilitator/cykler/${cycleId}/grupper/g-2`);
      expect(await page.evaluate('navigator.language')).toBe('en-US');
      // No native date or time field, whose format would follow the browser: day, month, year, and "tt.mm".
      expect(await page.locator('input[type=date], input[type=datetime-local], input[type=time]').count()).toBe(0);
      const [year, month, day] = MEETING_DATE.split('-').map(Number);
      expect(await dateShown(page, 'heldAt')).toBe(`${day}.${month}.${year}`);
      expect(await page.inputValue('#heldAtTime')).toMatch(/^\d{2}\.\d{2}$/);
      await page.locator('input[name=attendeeIds]').first().check();

      await fillDate(page, 'heldAt', `${year}-02-31`);
      await page.fill('#heldAtTime', '14:75');
      expect(await submit(page, 'form[action$="/grupper/g-2"] button[type=submit]')).toBe(303);
      expect(await page.locator('#heldAt-error').innerText()).toBe('Skriv en dato som 24.5.2027');
      expect(await page.locator('#heldAtTime-error').innerText()).toBe('Skriv et tidspunkt som 9.30');
      expect(await dateShown(page, 'heldAt')).toBe(`31.2.${year}`);
      await checkPage(page, 'facilitator-moede-dato-fejl-engelsk-browser');

      // Held just now (a meeting cannot be recorded in the future), typed the Danish way: "7.12.2026", "14.15".
      const held = copenhagenNextMinute();
      const shownTime = held.time.replace(':', '.');
      await fillDate(page, 'heldAt', held.date);
      await page.fill('#heldAtTime', shownTime);
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/facilitator'),
        page.click('form[action$="/grupper/g-2"] button[type=submit]'),
      ]);
      const card = page.locator('.cards > li', { hasText: 'Tværgående ledelse' });
      // Shown the Danish way too: "7. december 2026 kl. 14.15", never "December 7, 2026, 2:15 PM".
      await expect(card.innerText()).resolves.toContain(`kl. ${shownTime}`);
      await expect(card.innerText()).resolves.toMatch(/\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}/);
      await expect(card.innerText()).resolves.not.toMatch(/PM|AM/);
    } finally {
      await english.close();
    }
  });
});
