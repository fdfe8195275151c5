import type { Browser, Page } from 'playwright-core';
import { ConfirmLinks } from '@ledelsesrum/auth';
import { copenhagenDay } from '@ledelsesrum/domain';
import { checkPage, launchBrowser, newContext, PHONE, DESKTOP, signIn } from '../support/browser';
import { dateShown, fillDate } from '../support/danish-date';
import { daysFromNow, MEETING_DATE } from '../support/dates';
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
  /** Whether the focus is on the page's error summary, as after a refused form (it takes it with `autofocus`). */
  const focusOnErrorSummary = (page: Page): Promise<boolean> =>
    page.evaluate(`document.activeElement.matches('[role=alert][tabindex="-1"]')`);
  /**
   * Goes back after error-then-success: the form's page again, fetched anew by GET, at `path`. No form is posted again,
   * so Chromium has no "Confirm Form Resubmission" to ask, and no dialog opens.
   */
  const backWithoutResubmitting = async (page: Page, path: string) => {
    const posts: string[] = [];
    const dialogs: string[] = [];
    const onRequest = (request: { method(): string; url(): string }) => {
      if (request.method() === 'POST') posts.push(request.url());
    };
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    page.on('request', onRequest);
    page.on('dialog', onDialog);
    const back = await page.goBack();
    page.off('request', onRequest);
    page.off('dialog', onDialog);
    expect(back?.request().method()).toBe('GET');
    expect(back?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(path);
    expect({ posts, dialogs }).toEqual({ posts: [], dialogs: [] });
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
    const correction = `/leder/cykler/${cycleId}/ret`;
    expect(await page.locator('#bekraeft-overskrift').innerText()).toBe('Ret din bekræftelse');
    const [year, month, day] = today().split('-').map(Number);
    expect(await dateShown(page, 'passedOnAt')).toBe(`${day}.${month}.${year}`);
    expect(await page.inputValue('#channel')).toBe('personalemøde');
    // Refused: back to the form's page (Post/Redirect/Get), the focus on the error summary, what was typed kept.
    await page.fill('#channel', '');
    await page.fill('#note', 'Jeg skrev det forkerte møde');
    expect(await post(page, 'form#bekraeft button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(correction);
    expect(await focusOnErrorSummary(page)).toBe(true);
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await page.locator('#channel-error').count()).toBe(1);
    expect(await page.inputValue('#note')).toBe('Jeg skrev det forkerte møde');
    await checkPage(page, 'leder-ret-bekraeftelse-fejl-telefon');
    // A day still to come is refused by the domain, at the date's field.
    await page.fill('#channel', 'e-mail til hele afdelingen');
    await fillDate(page, 'passedOnAt', daysFromNow(2));
    expect(await post(page, 'form#bekraeft button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(correction);
    expect(await focusOnErrorSummary(page)).toBe(true);
    await expect(page.locator('#passedOnAt-error').innerText()).resolves.toContain('kan ikke ligge i fremtiden');
    expect(await page.inputValue('#channel')).toBe('e-mail til hele afdelingen');
    expect(await page.inputValue('#note')).toBe('Jeg skrev det forkerte møde');
    await fillDate(page, 'passedOnAt', today());
    expect(await post(page, 'form#bekraeft button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/leder/cykler/${cycleId}`);
    expect(await page.locator('dd .badge').innerText()).toBe('Bekræftet');
    expect(await lastOf('CascadeConfirmationCorrected')).toMatchObject({
      actor: { id: 'p-1-2' },
      data: { personId: 'p-1-2', channel: 'e-mail til hele afdelingen', note: 'Jeg skrev det forkerte møde' },
    });
    await backWithoutResubmitting(page, correction);
    expect(await page.locator('.summary-errors').count()).toBe(0);
    await page.goto(`${system.webUrl}/leder/cykler/${cycleId}`);

    await follow(page, `a[href="/leder/cykler/${cycleId}/traek-tilbage"]`);
    const withdrawal = `/leder/cykler/${cycleId}/traek-tilbage`;
    await expect(page.locator('main').innerText()).resolves.toContain('du får påmindelser igen');
    await checkPage(page, 'leder-traek-tilbage-telefon');
    expect(await post(page, 'button.warning')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(withdrawal);
    expect(await focusOnErrorSummary(page)).toBe(true);
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
    // Nothing is left to withdraw: going back leads, by GET, to the round's page.
    await backWithoutResubmitting(page, `/leder/cykler/${cycleId}`);
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
    const correction = `/bekraeft/${token}/ret`;
    expect(await page.inputValue('#channel')).toBe('teammøde');
    await checkPage(page, 'bekraeft-link-ret-telefon');
    // Refused: back to the form's page (Post/Redirect/Get), the focus on the error summary, what was typed kept.
    await page.fill('#channel', '');
    await page.fill('#note', 'Vi talte om det på mandagsmødet');
    expect(await post(page, 'button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(correction);
    expect(await focusOnErrorSummary(page)).toBe(true);
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await page.locator('#channel-error').count()).toBe(1);
    expect(await page.inputValue('#note')).toBe('Vi talte om det på mandagsmødet');
    await checkPage(page, 'bekraeft-link-ret-fejl-telefon');
    await page.fill('#channel', 'personalemøde');
    expect(await post(page, 'button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/bekraeft/${token}`);
    await expect(page.locator('h1').innerText()).resolves.toContain('Rettelsen er gemt');
    expect(await lastOf('CascadeConfirmationCorrected')).toMatchObject({
      actor: { id: 'p-1-3' },
      via: 'confirm-link',
      data: { personId: 'p-1-3', channel: 'personalemøde', note: 'Vi talte om det på mandagsmødet' },
    });
    await backWithoutResubmitting(page, correction);
    expect(await page.inputValue('#channel')).toBe('personalemøde');
    // The receipt was said once: the link's page now says where the confirmation stands.
    await page.goForward();
    await expect(page.locator('h1').innerText()).resolves.toContain('allerede registreret');

    await follow(page, `a[href="/bekraeft/${token}/traek-tilbage"]`);
    const withdrawal = `/bekraeft/${token}/traek-tilbage`;
    expect(await post(page, 'button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(withdrawal);
    expect(await focusOnErrorSummary(page)).toBe(true);
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await page.locator('#reason-error').count()).toBe(1);
    await checkPage(page, 'bekraeft-link-traek-tilbage-fejl-telefon');
    await page.fill('#reason', 'Forkert dato');
    expect(await post(page, 'button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/bekraeft/${token}`);
    await expect(page.locator('h1').innerText()).resolves.toContain('Bekræftelsen er trukket tilbage');
    expect(await lastOf('CascadeConfirmationWithdrawn')).toMatchObject({
      actor: { id: 'p-1-3' },
      via: 'confirm-link',
      data: { personId: 'p-1-3', reason: 'Forkert dato' },
    });
    expect(await page.locator(`a[href="/bekraeft/${token}"]`).count()).toBe(1);
    // Nothing is left to withdraw: going back, by GET, shows the form to confirm again, as the link's page now does.
    await backWithoutResubmitting(page, withdrawal);
    expect(await page.locator('#channel').count()).toBe(1);
    await page.goto(`${system.webUrl}/bekraeft/${token}`);
    expect(await page.locator('#channel').count()).toBe(1);
  });

  it('keeps what a leader typed in a correction when the confirmation was withdrawn in the meantime', async () => {
    const leader = await system.token('p-1-1', 'leader');
    await send('POST', `/cycles/${cycleId}/cascades/p-1-1`, { passedOnAt: today(), channel: 'teammøde' }, leader);
    const page = await signedIn('p-1-1', 'leader');
    await page.goto(`${system.webUrl}/leder/cykler/${cycleId}/ret`);
    await page.fill('#channel', 'nyhedsbrev');
    await page.fill('#note', 'Skrevet før den blev trukket tilbage\nAnden linje');
    // Withdrawn elsewhere (another tab, another device) before the correction is sent.
    await send('POST', `/cycles/${cycleId}/cascades/p-1-1/withdrawal`, { reason: 'Andet udstyr' }, leader);

    // Nothing is left to correct: the round's page says where it stands, with what was typed beside it.
    expect(await post(page, 'form#bekraeft button[type=submit]')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`/leder/cykler/${cycleId}`);
    const conflict = page.locator('.conflict');
    await expect(conflict.innerText()).resolves.toContain('Personen har ikke bekræftet videreformidlingen');
    expect(await conflict.locator('.typed-text').allInnerTexts()).toEqual([
      'nyhedsbrev',
      'Skrevet før den blev trukket tilbage\nAnden linje',
    ]);
    expect(await page.evaluate(`document.activeElement.classList.contains('conflict')`)).toBe(true);
    expect(await page.locator('dd .badge').innerText()).toBe('Mangler din bekræftelse');
    // The form to confirm again holds what was typed.
    expect(await page.inputValue('form#bekraeft #channel')).toBe('nyhedsbrev');
    await checkPage(page, 'leder-ret-efter-tilbagetraekning-telefon');
    expect((await history()).filter((entry) => entry.data['personId'] === 'p-1-1').map((entry) => entry.type)).toEqual([
      'CascadeConfirmed',
      'CascadeConfirmationWithdrawn',
    ]);
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
