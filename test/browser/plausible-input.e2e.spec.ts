import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newContext, signIn } from '../support/browser';
import { commandEventCount, cycleAtStage } from '../support/cycle-over-http';
import { fillDate } from '../support/danish-date';
import { copenhagenNextMinute, copenhagenToday, daysFromNow } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(240_000);

/** A Copenhagen day this many days from today, `YYYY-MM-DD`. */
const dayFromToday = (days: number) => {
  const day = new Date(`${copenhagenToday()}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

/**
 * Each implausible input refused on its own page in a real Chromium, with the domain's Danish words in the form's
 * error summary, and nothing recorded: a launch for a past day or beyond two years, an agenda without items, a meeting
 * held in the future, before prep or by nobody, and a cascade passed on before the summary or in the future. A round
 * that was already held is launched as a back-registration, and its prep reaches nobody.
 */
describe('web interface: only plausible input', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  // Gruppe 1: p-1-1 facilitates, p-1-2 and p-1-3 are members; Gruppe 2 likewise with p-2-1.
  const org = organisationFixture(2, 3);

  const signedIn = async (role: string, personId?: string): Promise<Page> => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, system.webUrl, role, personId);
    return page;
  };
  /** Sends the page's form and waits for the page that answers it; the answer's status. */
  const submit = async (page: Page, form = 'main form[method=post]'): Promise<number> => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.click(`${form} button[type=submit]`),
    ]);
    await page.waitForLoadState('load');
    return response.status();
  };
  const summaryOf = (page: Page) => page.locator('.summary-errors').innerText();
  const cycleIds = async () =>
    ((await call('GET', '/cycles', { token: chef })).body as { id: string }[]).map((cycle) => cycle.id);

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('refuses a launch for a day already past or more than two years ahead, and launches nothing', async () => {
    const page = await signedIn('chefgruppen');
    const before = await cycleIds();
    await page.goto(`${system.webUrl}/chefgruppen/cykler/ny`);
    await page.fill('#theme', 'Tværgående ledelse');

    await fillDate(page, 'meetingDate', dayFromToday(-1));
    expect(await submit(page)).toBe(303);
    expect(await summaryOf(page)).toContain('Mødedatoen er passeret');
    expect(await page.locator('#meetingDate-error').innerText()).toContain('vælg efterregistrering');
    expect(await page.inputValue('#theme')).toBe('Tværgående ledelse');
    await checkPage(page, 'plausibel-start-dato-passeret');

    await fillDate(page, 'meetingDate', daysFromNow(3 * 366));
    expect(await submit(page)).toBe(303);
    expect(await summaryOf(page)).toContain('Mødedatoen ligger for langt ude');
    expect(await cycleIds()).toEqual(before);
  });

  it('launches a round already held as a back-registration, whose prep is recorded for nobody', async () => {
    const page = await signedIn('chefgruppen');
    await page.goto(`${system.webUrl}/chefgruppen/cykler/ny`);
    await page.fill('#theme', 'Afholdt møderunde');
    await fillDate(page, 'meetingDate', dayFromToday(-14));
    await page.check('#backRegistration');
    await Promise.all([page.waitForURL(/\/chefgruppen\/cykler\/[0-9a-f-]{36}$/), submit(page)]);
    const id = page.url().split('/').pop()!;

    const events = async () => (await call('GET', `/cycles/${id}/events`, { token: chef })).body as StoredEvent[];
    expect((await events())[0]).toMatchObject({ type: 'CycleLaunched', data: { backRegistration: true } });
    // Its prep time is past: prep is recorded as soon as the agenda is set, and the round goes to nobody.
    const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] };
    expect((await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: agenda })).status).toBe(200);
    const prepRound = async () =>
      (await events()).find((event) => event.type === 'NoticeRoundCompleted' && event.data['round'] === 'prep');
    await until(async () => (await prepRound()) !== undefined, 'the prep round');
    expect((await prepRound())?.data).toMatchObject({ messageCount: 0 });
    expect((await events()).filter((event) => event.type === 'NotificationSent')).toEqual([]);
  });

  it('refuses an agenda without items and keeps the cycle where it was', async () => {
    const cycleId = await cycleAtStage(system, call, org.groups, 'launched');
    const page = await signedIn('chefgruppen');
    await page.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}/dagsorden`);
    await page.fill('#items', '');
    await page.fill('#prepTasks', 'Spørg dit team');
    expect(await submit(page)).toBe(303);
    expect(await summaryOf(page)).toContain('Dagsordenen skal have mindst ét punkt');
    expect(await page.inputValue('#prepTasks')).toBe('Spørg dit team');
    await checkPage(page, 'plausibel-dagsorden-uden-punkter');
    expect((await call('GET', `/cycles/${cycleId}`, { token: chef })).body.stage).toBe('launched');
  });

  it('refuses a meeting held in the future, before prep, or by nobody, and records nothing', async () => {
    const cycleId = await cycleAtStage(system, call, org.groups, 'prep_sent');
    const before = await commandEventCount(call, chef, cycleId);
    const page = await signedIn('facilitator', 'p-1-1');
    await page.goto(`${system.webUrl}/facilitator/cykler/${cycleId}/grupper/g-1`);
    await page.check('label:has-text("Leder 1.2 Ærø")');

    await fillDate(page, 'heldAt', dayFromToday(1));
    await page.fill('#heldAtTime', '10.00');
    expect(await submit(page)).toBe(303);
    expect(await summaryOf(page)).toContain('Mødet kan ikke registreres som holdt på et tidspunkt, der ikke er kommet');
    expect(await page.locator('#heldAt-error').count()).toBe(1);
    expect(await page.isChecked('label:has-text("Leder 1.2 Ærø")')).toBe(true);
    await checkPage(page, 'plausibel-moede-i-fremtiden');

    await fillDate(page, 'heldAt', dayFromToday(-1));
    await page.fill('#heldAtTime', '10.00');
    expect(await submit(page)).toBe(303);
    expect(await summaryOf(page)).toContain('Mødet kan ikke være holdt, før forberedelsen blev sendt');

    // A plausible moment, just after the prep: only the attendance is wrong.
    const held = copenhagenNextMinute();
    await fillDate(page, 'heldAt', held.date);
    await page.fill('#heldAtTime', held.time.replace(':', '.'));
    await page.uncheck('label:has-text("Leder 1.2 Ærø")');
    expect(await submit(page)).toBe(303);
    expect(await summaryOf(page)).toContain('Markér mindst én deltager i mødet');
    expect(await commandEventCount(call, chef, cycleId)).toBe(before);
  });

  it('refuses a cascade passed on in the future or before the summary, and records nothing', async () => {
    const cycleId = await cycleAtStage(system, call, org.groups, 'summary_published');
    const before = await commandEventCount(call, chef, cycleId);
    const page = await signedIn('leader', 'p-1-2');
    await page.goto(`${system.webUrl}/leder/cykler/${cycleId}`);
    await page.fill('#channel', 'personalemøde');

    await fillDate(page, 'passedOnAt', dayFromToday(1));
    expect(await submit(page, 'form#bekraeft')).toBe(303);
    expect(await summaryOf(page)).toContain('Videreformidlingen kan ikke ligge i fremtiden');
    expect(await page.inputValue('#channel')).toBe('personalemøde');
    await checkPage(page, 'plausibel-videreformidling-i-fremtiden');

    await fillDate(page, 'passedOnAt', dayFromToday(-1));
    expect(await submit(page, 'form#bekraeft')).toBe(303);
    expect(await summaryOf(page)).toContain('Videreformidlingen kan ikke ligge før opsamlingen blev offentliggjort');
    expect(await commandEventCount(call, chef, cycleId)).toBe(before);
  });
});

interface StoredEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}
