import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext, signIn } from '../support/browser';
import { cycleAtStage } from '../support/cycle-over-http';
import { dateShown, fillDate } from '../support/danish-date';
import { copenhagenNextMinute, copenhagenToday, daysFromNow } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { goBack, sendForm, summaryHasFocus } from '../support/post-redirect-get';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(300_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);

/**
 * Each correction done through the pages, and then read in the auditor's timeline with who made it and why: a meeting
 * record amended by its facilitator and, after the summary, by chefgruppen with a reason; the agenda corrected after
 * prep, with the errata in every leader's mailbox; and the round cancelled, with the notice to everyone it wrote to.
 */
describe('corrections of meetings, agendas and cycles through the web interface', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let chef: string;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const as = async (role: string, personId?: string) => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, system.webUrl, role, personId);
    return page;
  };
  const main = (page: Page) => page.locator('main').innerText();
  /** The meeting form's "held at" as the next minute: after the prep just sent, and not in the future. */
  const heldNextMinute = async (page: Page) => {
    const next = copenhagenNextMinute();
    await fillDate(page, 'heldAt', next.date);
    await page.fill('#heldAtTime', next.time.replace(':', '.'));
  };

  /** The Danish lines of the cycle's timeline, as the auditor reads them. */
  async function timeline(cycleId: string): Promise<string> {
    const auditor = await as('auditor');
    await auditor.goto(`${system.webUrl}/revision/cykler/${cycleId}`);
    return main(auditor);
  }

  /** The subjects of the messages in the outbox to `email`. */
  async function subjectsTo(email: string): Promise<string[]> {
    const outbox = join(system.dataDir, 'outbox');
    const subjects: string[] = [];
    for (const file of readdirSync(outbox).filter((name) => name.endsWith('.eml'))) {
      const parsed = await simpleParser(readFileSync(join(outbox, file)));
      const to = [parsed.to ?? []].flat().flatMap((address) => address.value.map((value) => value.address));
      if (to.includes(email)) subjects.push(`${parsed.subject ?? ''}\n${parsed.text ?? ''}`);
    }
    return subjects;
  }

  it('the facilitator amends their record before the summary, chefgruppen after it with a reason', async () => {
    const cycleId = await cycleAtStage(system, call, ORG.groups, 'meetings_held');
    const facilitator = await as('facilitator', 'p-1-1');
    await facilitator.goto(`${system.webUrl}/facilitator/cykler/${cycleId}/grupper/g-1`);
    await facilitator.click('main a.button[href$="/ret"]');
    // The form starts from the record as it was made: held today, with p-1-2 there.
    expect(await facilitator.locator('input[name=attendeeIds][value="p-1-2"]').isChecked()).toBe(true);
    const [year, month, day] = copenhagenToday().split('-');
    expect(await dateShown(facilitator, 'heldAt')).toBe(`${Number(day)}.${Number(month)}.${year}`);
    expect(await facilitator.inputValue('#heldAtTime')).toMatch(/^\d{2}\.\d{2}$/);
    // The form has the minute, the record the second: a moment after the prep sent this minute is the next minute.
    await heldNextMinute(facilitator);
    await facilitator.fill('#keyPoints', 'Vi deler viden\nVi mødes igen i juni');
    await checkPage(facilitator, 'rettelse-referat');
    await facilitator.click('main form button[type=submit]');
    await facilitator.waitForURL((url) => url.pathname === `/facilitator/cykler/${cycleId}/grupper/g-1`);
    expect(await main(facilitator)).toContain('Referatet blev rettet');

    const published = await call('POST', `/cycles/${cycleId}/summary`, { token: chef, body: { text: 'Opsamling' } });
    expect(published.status).toBe(200);
    await facilitator.reload();
    expect(await facilitator.locator('main a[href$="/ret"]').count()).toBe(0);

    const chefgruppen = await as('chefgruppen');
    await chefgruppen.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}`);
    await chefgruppen.click('main a:has-text("Ret referatet for Gruppe 2")');
    await chefgruppen.click('main form button[type=submit]');
    // Without a reason the form comes back with the domain's words at the field, and the record typed kept.
    expect(await chefgruppen.locator('.summary-errors').innerText()).toContain('skriv, hvorfor referatet rettes');
    await checkPage(chefgruppen, 'rettelse-referat-uden-begrundelse');
    await heldNextMinute(chefgruppen);
    await chefgruppen.fill('#reason', 'Et punkt manglede');
    await checkPage(chefgruppen, 'rettelse-referat-efter-opsamling');
    await chefgruppen.click('main form button[type=submit]');
    await chefgruppen.waitForURL((url) => url.pathname.endsWith('/grupper/g-2'));

    const lines = await timeline(cycleId);
    // The timeline names the group and who amended it, with their id.
    expect(lines).toContain('Mødereferat rettet for Gruppe 1 (g-1) af Leder 1.1 Ærø (p-1-1)');
    expect(lines).toMatch(/Mødereferat rettet for Gruppe 2 \(g-2\) af [^\n]+?\. Begrundelse: «Et punkt manglede»/);
  });

  it('a refused amendment goes back to its form (Post/Redirect/Get) with the focus on the errors and the text kept', async () => {
    const cycleId = await cycleAtStage(system, call, ORG.groups, 'meetings_held');
    const formPath = `/facilitator/cykler/${cycleId}/grupper/g-1/ret`;
    const facilitator = await as('facilitator', 'p-1-1');
    const dialogs: string[] = [];
    facilitator.on('dialog', (dialog) => dialogs.push(dialog.message()));
    /** Sends the form; the status its POST was answered with. */
    const submit = async () => {
      const [response] = await Promise.all([
        facilitator.waitForResponse((candidate) => candidate.request().method() === 'POST'),
        facilitator.click('main form button[type=submit]'),
      ]);
      await facilitator.waitForLoadState('load');
      return response.status();
    };
    await facilitator.goto(`${system.webUrl}${formPath}`);
    const typed = 'Vi deler viden\nVi mødes igen i juni';
    await facilitator.fill('#keyPoints', typed);
    // Held the day after tomorrow: the domain refuses a meeting still to come, at the field it is about.
    await fillDate(facilitator, 'heldAt', daysFromNow(2));

    expect(await submit()).toBe(303);
    expect(new URL(facilitator.url()).pathname).toBe(formPath);
    expect(await facilitator.title()).toMatch(/^Fejl: /);
    expect(await facilitator.evaluate(`document.activeElement.classList.contains('summary-errors')`)).toBe(true);
    expect(await facilitator.locator('#heldAt-error').innerText()).toContain('et tidspunkt, der ikke er kommet endnu');
    expect(await facilitator.inputValue('#keyPoints')).toBe(typed);
    expect(await facilitator.locator('input[name=attendeeIds][value="p-1-2"]').isChecked()).toBe(true);
    await checkPage(facilitator, 'rettelse-referat-fremtid');

    await heldNextMinute(facilitator);
    expect(await submit()).toBe(303);
    expect(new URL(facilitator.url()).pathname).toBe(`/facilitator/cykler/${cycleId}/grupper/g-1`);
    expect(await main(facilitator)).toContain('Referatet blev rettet');

    // Back to the form: fetched anew, no form posted again, so no "Confirm Form Resubmission" to ask.
    const posts: string[] = [];
    facilitator.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    const back = await facilitator.goBack();
    expect(back?.request().method()).toBe('GET');
    expect(back?.status()).toBe(200);
    expect(new URL(facilitator.url()).pathname).toBe(formPath);
    expect(posts).toEqual([]);
    expect(dialogs).toEqual([]);
    // The form now starts from the record as amended, the error gone with the page that showed it.
    expect(await facilitator.locator('.summary-errors').count()).toBe(0);
    expect(await facilitator.inputValue('#keyPoints')).toBe(typed);
    const events = (await call('GET', `/cycles/${cycleId}/events`, { token: chef })).body as { type: string }[];
    const amended = events.filter((event) => event.type === 'MeetingRecordAmended');
    expect(amended).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ groupId: 'g-1', keyPoints: typed.split('\n') }) }),
    ]);
  });

  it('chefgruppen corrects the agenda after prep, the leaders get the errata, and then the round is cancelled', async () => {
    const cycleId = await cycleAtStage(system, call, ORG.groups, 'prep_sent');
    const page = await as('chefgruppen');
    await page.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}`);
    await page.click('main a[href$="/dagsorden/rettelse"]');
    expect(await main(page)).toContain('6 ledere');
    const correction = `/chefgruppen/cykler/${cycleId}/dagsorden/rettelse`;
    const send = () => sendForm(page, () => page.click('main form button[type=submit]'));
    await page.fill('#items', 'Trivsel i hverdagen');
    await page.fill('#changes', 'Punktet hedder nu Trivsel i hverdagen');
    // Without a reason: back to the form's page (Post/Redirect/Get), the summary in focus, what was typed kept.
    expect(await send()).toBe(303);
    expect(new URL(page.url()).pathname).toBe(correction);
    expect(await summaryHasFocus(page)).toBe(true);
    expect(await page.locator('.summary-errors a[href="#reason"]').count()).toBe(1);
    expect(await page.inputValue('#items')).toBe('Trivsel i hverdagen');
    expect(await page.inputValue('#changes')).toBe('Punktet hedder nu Trivsel i hverdagen');
    await page.fill('#reason', 'Titlen var for bred');
    await checkPage(page, 'rettelse-dagsorden');
    expect(await send()).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/chefgruppen/cykler/${cycleId}`);
    // Back after the error and the success is the form's page fetched anew: nothing is posted again.
    expect(await goBack(page)).toEqual({ path: correction, method: 'GET', status: 200, posts: [], dialogs: [] });
    await page.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}`);
    // A second correction begun in another window, to be sent after the round is cancelled.
    const stale = await as('chefgruppen');
    await stale.goto(`${system.webUrl}${correction}`);
    await stale.fill('#changes', 'Et punkt mere');
    await stale.fill('#reason', 'Glemt i første omgang');

    await until(
      async () => (await subjectsTo('leder.1.2@kommune.dk')).some((text) => text.includes('Rettelse til dagsordenen')),
      'the errata in a leader’s mailbox',
    );
    const errata = (await subjectsTo('leder.1.2@kommune.dk')).find((text) => text.includes('Rettelse til'))!;
    expect(errata).toContain('Punktet hedder nu Trivsel i hverdagen');
    expect(errata).toContain('Trivsel i hverdagen');
    const lines = await timeline(cycleId);
    expect(lines).toMatch(/Dagsorden rettet efter forberedelsen af \S+: «Punktet hedder nu Trivsel i hverdagen»/);
    expect(lines).toContain('Begrundelse: «Titlen var for bred»');

    await page.click('main a[href$="/aflys"]');
    expect(await main(page)).toContain('6 personer får besked om aflysningen');
    // A reason longer than the 500 characters allowed (as a browser that ignores the field's maxlength sends it): the
    // form again, with the reason as typed.
    const tooLong = `Det var en prøverunde. ${'Og den er slut. '.repeat(32)}`;
    await page
      .locator('#reason')
      .evaluate((field) => (field as unknown as { removeAttribute(name: string): void }).removeAttribute('maxlength'));
    await page.fill('#reason', tooLong);
    expect(await send()).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/chefgruppen/cykler/${cycleId}/aflys`);
    expect(await summaryHasFocus(page)).toBe(true);
    expect(await page.inputValue('#reason')).toBe(tooLong.trim());
    await page.fill('#reason', 'Det var en prøverunde');
    await checkPage(page, 'aflys-moederunde');
    expect(await send()).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/chefgruppen/cykler/${cycleId}`);
    expect(await page.locator('.pipeline [aria-current="step"]').textContent()).toContain('Aflyst');
    expect(await goBack(page)).toEqual({
      path: `/chefgruppen/cykler/${cycleId}/aflys`,
      method: 'GET',
      status: 200,
      posts: [],
      dialogs: [],
    });
    // Sent again from that page, the form meets the round already cancelled: back to its page with why, in focus, and
    // the reason typed beside it, so nothing is lost.
    await page.fill('#reason', 'Skrevet i en gammel fane');
    expect(await send()).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/chefgruppen/cykler/${cycleId}/aflys`);
    const conflict = page.locator('main .conflict');
    expect(await conflict.innerText()).toContain('Møderunden er aflyst');
    expect(await conflict.locator('.typed-text').allInnerTexts()).toEqual(['Skrevet i en gammel fane']);
    expect(await page.evaluate(`document.activeElement.classList.contains('conflict')`)).toBe(true);
    // The correction begun before: back to its page, which says the round is cancelled, with the words typed kept.
    expect(await sendForm(stale, () => stale.click('main form button[type=submit]'))).toBe(303);
    expect(new URL(stale.url()).pathname).toBe(correction);
    const staleConflict = stale.locator('main .conflict');
    expect(await staleConflict.innerText()).toContain('Møderunden er aflyst');
    expect(await staleConflict.locator('.typed-text').allInnerTexts()).toEqual(
      expect.arrayContaining(['Et punkt mere', 'Glemt i første omgang']),
    );
    expect(await stale.evaluate(`document.activeElement.classList.contains('conflict')`)).toBe(true);

    await until(
      async () => (await subjectsTo('leder.2.3@kommune.dk')).some((text) => text.includes('Aflyst:')),
      'the cancellation in a leader’s mailbox',
    );
    expect(await timeline(cycleId)).toMatch(/Møderunden aflyst af \S+\. Begrundelse: «Det var en prøverunde»/);
    const refused = await call('POST', `/cycles/${cycleId}/agenda/correction`, {
      token: chef,
      body: { items: [{ title: 'X' }], prepTasks: [], materials: [], changes: 'X', reason: 'X' },
    });
    expect(refused).toMatchObject({ status: 409, body: { code: 'CYCLE_CANCELLED' } });
  });
});
