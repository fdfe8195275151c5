import type { Browser, Page } from 'playwright-core';
import { ConfirmLinks } from '@ledelsesrum/auth';
import { copenhagenDay } from '@ledelsesrum/domain';
import { checkPage, launchBrowser, newContext, PHONE, DESKTOP, signIn } from '../support/browser';
import { dateShown, fillDate } from '../support/danish-date';
import { MEETING_DATE } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

const THEME = 'Fælles ledelsesform';

interface HistoryEntry {
  readonly type: string;
  readonly actor: { readonly id?: string };
  readonly via?: string;
  readonly data: Record<string, unknown>;
}

/**
 * Putting the cascade right through the pages, in a real Chromium: a leader corrects and withdraws their confirmation
 * on their round's page and through the personal link, chefgruppen undoes a release, and the auditor's timeline shows
 * each correction with who made it and why.
 */
describe('web interface: corrections of the cascade', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let cycleId: string;
  // Gruppe 1: p-1-1 facilitates p-1-2, p-1-3 and p-1-4; p-1-1 does not confirm, so the round stays open throughout.
  const org = organisationFixture(1, 4);
  const today = () => copenhagenDay(new Date());

  const send = async (method: string, path: string, body?: unknown, token = chef) => {
    const result = await call(method, path, { token, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  };
  const history = async (): Promise<HistoryEntry[]> => send('GET', `/cycles/${cycleId}/events`);
  const lastOf = async (type: string) => (await history()).filter((entry) => entry.type === type).at(-1);
  const signedIn = async (personId: string | undefined, role: string, viewport = PHONE): Promise<Page> => {
    const page = await (await newContext(browser, viewport)).newPage();
    await signIn(page, system.webUrl, role, personId);
    return page;
  };
  /** Clicks `button` and waits for the page that answers the form (a redirect's target included); its status. */
  const post = async (page: Page, button: string): Promise<number> => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.click(button),
    ]);
    await page.waitForLoadState('load');
    return response.status();
  };
  const follow = async (page: Page, link: string) => {
    const before = page.url();
    await Promise.all([page.waitForURL((url) => url.toString() !== before), page.click(link)]);
  };

  beforeAll(async () => {
    // Personal links are signed from AUTH_JWT_SECRET when CONFIRM_LINK_SECRET is unset, as in confirm-link.e2e.
    system = await startSystem({ env: { CONFIRM_LINK_SECRET: '' } });
    browser = await launchBrowser();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    await send('PUT', '/organisation', org);
    cycleId = (await send('POST', '/cycles', { theme: THEME, meetingDate: MEETING_DATE })).id;
    await send('PUT', `/cycles/${cycleId}/agenda`, {
      items: [{ title: 'Ledelsesform' }],
      prepTasks: [],
      materials: [],
    });
    await send('POST', `/cycles/${cycleId}/prep`);
    const attendance = { attendeeIds: org.groups[0]!.memberIds, keyPoints: [], inputToChefgruppen: [] };
    await send('POST', `/cycles/${cycleId}/meetings/g-1`, { heldAt: new Date().toISOString(), ...attendance });
    await send('POST', `/cycles/${cycleId}/summary`, { text: 'Vi leder sammen.' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets a leader correct, then withdraw, their confirmation on the round’s page', async () => {
    const leader = await system.token('p-1-2', 'leader');
    await send('POST', `/cycles/${cycleId}/cascades/p-1-2`, { passedOnAt: today(), channel: 'personalemøde' }, leader);
    const page = await signedIn('p-1-2', 'leader');
    await page.goto(`${system.webUrl}/leder/cykler/${cycleId}`);
    expect(await page.locator('dd .badge').innerText()).toBe('Bekræftet');
    await checkPage(page, 'leder-bekraeftet-ret-traek-tilbage-telefon');

    await follow(page, `a[href="/leder/cykler/${cycleId}/ret"]`);
    expect(await page.locator('#bekraeft-overskrift').innerText()).toBe('Ret din bekræftelse');
    const [year, month, day] = today().split('-').map(Number);
    expect(await dateShown(page, 'passedOnAt')).toBe(`${day}.${month}.${year}`);
    expect(await page.inputValue('#channel')).toBe('personalemøde');
    await page.fill('#channel', '');
    expect(await post(page, 'form#bekraeft button[type=submit]')).toBe(400);
    expect(await page.locator('#channel-error').count()).toBe(1);
    await checkPage(page, 'leder-ret-bekraeftelse-fejl-telefon');
    await page.fill('#channel', 'e-mail til hele afdelingen');
    await page.fill('#note', 'Jeg skrev det forkerte møde');
    expect(await post(page, 'form#bekraeft button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/leder/cykler/${cycleId}`);
    expect(await page.locator('dd .badge').innerText()).toBe('Bekræftet');
    expect(await lastOf('CascadeConfirmationCorrected')).toMatchObject({
      actor: { id: 'p-1-2' },
      data: { personId: 'p-1-2', channel: 'e-mail til hele afdelingen', note: 'Jeg skrev det forkerte møde' },
    });

    await follow(page, `a[href="/leder/cykler/${cycleId}/traek-tilbage"]`);
    await expect(page.locator('main').innerText()).resolves.toContain('du får påmindelser igen');
    await checkPage(page, 'leder-traek-tilbage-telefon');
    expect(await post(page, 'button.warning')).toBe(400);
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await page.getAttribute('#reason', 'aria-invalid')).toBe('true');
    await checkPage(page, 'leder-traek-tilbage-fejl-telefon');
    await page.fill('#reason', 'Mødet er flyttet til næste uge');
    expect(await post(page, 'button.warning')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/leder/cykler/${cycleId}`);
    expect(await page.locator('dd .badge').innerText()).toBe('Mangler din bekræftelse');
    expect(await page.locator('form#bekraeft').count()).toBe(1);
    expect(await lastOf('CascadeConfirmationWithdrawn')).toMatchObject({
      actor: { id: 'p-1-2' },
      data: { personId: 'p-1-2', reason: 'Mødet er flyttet til næste uge' },
    });
    expect((await send('GET', `/cycles/${cycleId}`)).cascades.pending).toContain('p-1-2');
  });

  it('offers the same through the personal link after confirming', async () => {
    const links = new ConfirmLinks(system.secret);
    const token = await links.sign({ cycleId, personId: 'p-1-3', expiresAt: new Date(Date.now() + 30 * 86_400_000) });
    const page = await (await newContext(browser, PHONE)).newPage();
    await page.goto(`${system.webUrl}/bekraeft/${token}`);
    await fillDate(page, 'passedOnAt', today());
    await page.fill('#channel', 'teammøde');
    // Post/redirect/get: the link's own page shows the receipt.
    expect(await post(page, 'button[type=submit]')).toBe(303);
    await checkPage(page, 'bekraeft-link-kvittering-ret-telefon');

    await follow(page, `a[href="/bekraeft/${token}/ret"]`);
    expect(await page.inputValue('#channel')).toBe('teammøde');
    await page.fill('#channel', 'personalemøde');
    await checkPage(page, 'bekraeft-link-ret-telefon');
    expect(await post(page, 'button[type=submit]')).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toContain('Rettelsen er gemt');
    expect(await lastOf('CascadeConfirmationCorrected')).toMatchObject({
      actor: { id: 'p-1-3' },
      via: 'confirm-link',
      data: { personId: 'p-1-3', channel: 'personalemøde' },
    });

    await follow(page, `a[href="/bekraeft/${token}/traek-tilbage"]`);
    expect(await post(page, 'button[type=submit]')).toBe(400);
    expect(await page.locator('#reason-error').count()).toBe(1);
    await checkPage(page, 'bekraeft-link-traek-tilbage-fejl-telefon');
    await page.fill('#reason', 'Forkert dato');
    expect(await post(page, 'button[type=submit]')).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toContain('Bekræftelsen er trukket tilbage');
    expect(await lastOf('CascadeConfirmationWithdrawn')).toMatchObject({
      actor: { id: 'p-1-3' },
      via: 'confirm-link',
      data: { personId: 'p-1-3', reason: 'Forkert dato' },
    });
    await follow(page, `a[href="/bekraeft/${token}"]`);
    expect(await page.locator('#channel').count()).toBe(1);
  });

  it('lets chefgruppen undo a release on the round’s page, with a reason', async () => {
    await send('POST', `/cycles/${cycleId}/cascades/p-1-4/release`, { reason: 'Orlov' });
    const page = await signedIn(undefined, 'chefgruppen', DESKTOP);
    await page.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}`);
    const undo = `form[action="/chefgruppen/cykler/${cycleId}/fortryd-fritagelse"] button[type=submit]`;
    expect((await page.locator('#undoReleasePersonId option[value="p-1-4"]').innerText()).trim()).toBe('Leder 1.4 Ærø');
    // Post/redirect/get: the refused form comes back on the round's page with its errors.
    expect(await post(page, undo)).toBe(303);
    expect(await page.locator('#undoReleasePersonId-error').count()).toBe(1);
    await checkPage(page, 'chefgruppen-fortryd-fritagelse-fejl');
    await page.selectOption('#undoReleasePersonId', 'p-1-4');
    await page.fill('#undoReleaseReason', 'Tilbage fra orlov før fristen');
    expect(await post(page, undo)).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/chefgruppen/cykler/${cycleId}`);
    expect(await page.locator('#undoReleasePersonId').count()).toBe(0);
    const cascades = (await send('GET', `/cycles/${cycleId}`)).cascades;
    expect(cascades).toMatchObject({ released: [] });
    expect(cascades.pending).toContain('p-1-4');
    const undone = await lastOf('CascadeReleaseUndone');
    expect(undone).toMatchObject({ data: { personId: 'p-1-4', reason: 'Tilbage fra orlov før fristen' } });
    expect(undone?.data['undoneBy']).toBe(undone?.actor.id);
  });

  it('shows each correction in the auditor’s timeline, with who and why', async () => {
    const page = await signedIn(undefined, 'auditor', DESKTOP);
    await page.goto(`${system.webUrl}/revision/cykler/${cycleId}`);
    const row = (what: string) => page.locator('table.audit-timeline tbody tr', { hasText: what });
    const corrected = row('Bekræftelse af videreformidling rettet af Leder 1.2 Ærø (p-1-2)');
    await expect(corrected.innerText()).resolves.toContain('e-mail til hele afdelingen');
    expect(await corrected.locator('td').nth(2).innerText()).toContain('p-1-2');
    const withdrawn = row('Bekræftelse af videreformidling trukket tilbage af Leder 1.2 Ærø (p-1-2)');
    await expect(withdrawn.innerText()).resolves.toContain('Begrundelse: Mødet er flyttet til næste uge');
    const byLink = row('Bekræftelse af videreformidling trukket tilbage af Leder 1.3 Ærø (p-1-3)');
    await expect(byLink.innerText()).resolves.toContain('Begrundelse: Forkert dato');
    await expect(byLink.locator('td').nth(2).innerText()).resolves.toMatch(/p-1-3[\s\S]*personligt link/);
    const undone = row('Fritagelse af Leder 1.4 Ærø (p-1-4) fortrudt');
    await expect(undone.innerText()).resolves.toContain('Begrundelse: Tilbage fra orlov før fristen');
    const undoneBy = (await lastOf('CascadeReleaseUndone'))?.data['undoneBy'] as string;
    expect(await undone.locator('td').nth(2).innerText()).toContain(undoneBy);
    await checkPage(page, 'revision-tidslinje-rettelser');
  });
});
