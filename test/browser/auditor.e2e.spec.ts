import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EXPORT_FIELDS } from '@ledelsesrum/audit';
import type { CycleStage } from '@ledelsesrum/domain';
import { parseCsv } from '@ledelsesrum/organisation-csv';
import { STAGE_NAMES } from '../../libs/web-ui/src/common/stage-names';
import { checkPage, launchBrowser, newContext, PHONE, signIn } from '../support/browser';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';
import { fillMoment } from '../support/danish-date';

jest.setTimeout(180_000);

interface HistoryEntry {
  readonly type: string;
  readonly revision: number;
}

/** A moment an hour from now as a `datetime-local` field takes it, on a Copenhagen clock. */
function copenhagenInAnHour(): string {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(Date.now() + 3_600_000));
  return text.replace(' ', 'T');
}

/** A new page in `context`, signed in through the sign-in page as `role` (and `personId`). */
async function signedIn(context: BrowserContext, webUrl: string, role: string, personId?: string): Promise<Page> {
  const page = await context.newPage();
  await signIn(page, webUrl, role, personId);
  return page;
}

/** The text of the first element the selector finds, without the layout's white space. */
async function textOf(page: Page, selector: string): Promise<string | undefined> {
  return (await page.locator(selector).first().textContent())?.replace(/\s+/g, ' ').trim();
}

/**
 * The auditor's pages in a real Chromium over a cycle driven through the JSON API: the overview, a cycle's timeline
 * and its state at any point, the integrity check before and after the store is tampered with, and the export.
 */
describe('web interface: the auditor’s pages', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let auditorToken: string;
  let cycleId: string;
  let events: HistoryEntry[];
  let auditor: Page;
  const org = organisationFixture(2, 2);
  const timelineUrl = () => `${system.webUrl}/revision/cykler/${cycleId}`;
  const history = async () =>
    (await call<HistoryEntry[]>('GET', `/cycles/${cycleId}/events`, { token: auditorToken })).body;
  const rows = () => auditor.locator('table.audit-timeline tbody tr');

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
    call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: org });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
    cycleId = await cycleAtStage(system, call, org.groups, 'meetings_held');
    auditorToken = await system.token('revisor-1', 'auditor');
    // The workflow records the prep round's messages by itself: wait for them, so the history holds still.
    await until(async () => (await history()).some((event) => event.type === 'NoticeRoundCompleted'), 'prep round');
    events = await history();
    auditor = await signedIn(await newContext(browser), system.webUrl, 'auditor');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lists the cycles on the audit page, each linking to its timeline', async () => {
    await auditor.goto(`${system.webUrl}/revision`);
    expect(await textOf(auditor, 'h1')).toBe('Revision');
    await checkPage(auditor, 'revision');
    await Promise.all([auditor.waitForURL(timelineUrl()), auditor.click(`a[href="/revision/cykler/${cycleId}"]`)]);
    expect(await textOf(auditor, 'h1')).toBe('Tidslinje: Tværgående ledelse');
  });

  it('shows every event of the cycle in order, the launch first and the latest marked', async () => {
    await auditor.goto(timelineUrl());
    expect(events.length).toBeGreaterThan(5);
    expect(events[0]!.type).toBe('CycleLaunched');
    expect(await rows().count()).toBe(events.length);
    expect(await textOf(auditor, 'table.audit-timeline tbody tr')).toContain('Møderunde startet: «Tværgående ledelse»');
    const revisions = await auditor.locator('table.audit-timeline tbody tr td:first-child').allTextContents();
    expect(revisions.map((text) => Number(text.trim()))).toEqual(events.map((event) => event.revision));
    expect(await textOf(auditor, 'tr[aria-current="step"] td:first-child')).toBe(String(events.at(-1)!.revision));
    expect(await textOf(auditor, '#tilstand-fase')).toBe(STAGE_NAMES.meetings_held.da);
    await checkPage(auditor, 'revision-tidslinje');
  });

  it('shows the state at a chosen revision as the API replays it, from the form and from the entry', async () => {
    await auditor.goto(timelineUrl());
    await auditor.fill('#revision', '1');
    await Promise.all([
      auditor.waitForURL((url) => url.searchParams.get('revision') === '1'),
      auditor.click('button:has-text("Vis ved revisionen")'),
    ]);
    const state = await call<{ stage: CycleStage }>('GET', `/cycles/${cycleId}/state?revision=1`, {
      token: auditorToken,
    });
    expect(await textOf(auditor, '#tilstand-fase')).toBe(STAGE_NAMES[state.body.stage].da);
    expect(await textOf(auditor, '#tilstand-overskrift')).toBe('Tilstanden ved revision 1');
    expect(await textOf(auditor, 'tr[aria-current="step"] td:first-child')).toBe('1');
    await checkPage(auditor, 'revision-tidslinje-revision-1');

    await Promise.all([
      auditor.waitForURL((url) => url.searchParams.get('revision') === '0'),
      auditor.click('a[aria-label="Vis tilstanden ved revision 0"]'),
    ]);
    expect(await textOf(auditor, '#tilstand-fase')).toBe(STAGE_NAMES.launched.da);
  });

  it('shows the state at a moment, and a moment before the launch as an error at its field', async () => {
    await auditor.goto(timelineUrl());
    await fillMoment(auditor, 'tidspunkt', copenhagenInAnHour());
    await Promise.all([auditor.waitForURL(/tidspunkt\.kl=/), auditor.click('button:has-text("Vis på tidspunktet")')]);
    expect(await textOf(auditor, '#tilstand-fase')).toBe(STAGE_NAMES.meetings_held.da);

    await fillMoment(auditor, 'tidspunkt', '2001-01-01T10:00');
    const [answer] = await Promise.all([
      auditor.waitForResponse((response) => response.url().includes('tidspunkt.year=2001')),
      auditor.click('button:has-text("Vis på tidspunktet")'),
    ]);
    expect(answer.status()).toBe(400);
    expect(await textOf(auditor, '#tidspunkt-error')).toContain('Møderunden var ikke startet endnu');
    expect(await auditor.locator('#tilstand').count()).toBe(0);
  });

  it('shows a revision out of range as an error at the field, not a failure', async () => {
    const response = await auditor.goto(`${timelineUrl()}?revision=999`);
    expect(response?.status()).toBe(400);
    expect(await auditor.title()).toMatch(/^Fejl: /);
    expect(await textOf(auditor, '#revision-error')).toContain(
      `Skriv et helt tal fra 0 til ${events.at(-1)!.revision}`,
    );
    expect(await auditor.getAttribute('#revision', 'aria-invalid')).toBe('true');
    await checkPage(auditor, 'revision-tidslinje-fejl');
  });

  it('fits the timeline on a phone screen, and speaks English when asked', async () => {
    const phone = await signedIn(await newContext(browser, PHONE), system.webUrl, 'auditor');
    await phone.goto(`${timelineUrl()}?revision=1`);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await checkPage(phone, 'revision-tidslinje-telefon');
    await phone.click('a.language');
    expect(await textOf(phone, 'table.audit-timeline tbody tr')).toContain(
      'Meeting round launched: “Tværgående ledelse”',
    );
    expect(await textOf(phone, '#tilstand-overskrift')).toBe('The state at revision 1');
  });

  it('lets chefgruppen read a cycle’s history, but not the audit page', async () => {
    const page = await signedIn(await newContext(browser), system.webUrl, 'chefgruppen');
    expect((await page.goto(timelineUrl()))?.status()).toBe(200);
    expect((await page.goto(`${system.webUrl}/revision`))?.status()).toBe(403);
  });

  it('refuses the audit page to a leader, and sends someone not signed in to sign in, downloads too', async () => {
    const leader = await signedIn(await newContext(browser), system.webUrl, 'leader', org.groups[0]!.memberIds[1]!);
    const refused = await leader.goto(`${system.webUrl}/revision`);
    expect(refused?.status()).toBe(403);
    expect(await textOf(leader, 'h1')).toBe('Ingen adgang');
    await checkPage(leader, 'revision-leder-403');

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${system.webUrl}/revision`);
    expect(new URL(visitor.url()).pathname).toBe('/log-ind');

    const download = await fetch(`${system.webUrl}/revision/eksport?format=csv`, { redirect: 'manual' });
    expect(download.status).toBe(303);
    expect(download.headers.get('location')).toMatch(/^\/log-ind/);
    expect(download.headers.get('content-disposition')).toBeNull();
  });

  it('finds the chain intact, then names the changed event’s stream after the store is tampered with', async () => {
    await auditor.goto(`${system.webUrl}/revision`);
    await Promise.all([
      auditor.waitForURL(/\/revision\/kontrol/),
      auditor.click('button:has-text("Kontrollér kæden")'),
    ]);
    expect(await textOf(auditor, '.notice h2')).toBe('Kæden er intakt');
    const verified = await call<{ events: number }>('GET', '/audit/verify', { token: auditorToken });
    expect(await textOf(auditor, 'main')).toContain(`Alle ${verified.body.events} hændelser`);
    await checkPage(auditor, 'revision-kontrol-intakt');

    // As someone with access to the file could: the agenda's data rewritten, its hashes left as they were.
    const db = new Database(join(system.dataDir, 'events.sqlite'));
    try {
      db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = 1').run(
        '{"forged":true}',
        `cycle-${cycleId}`,
      );
    } finally {
      db.close();
    }
    await auditor.click('button:has-text("Kontrollér igen")');
    await auditor.locator('.notice h2', { hasText: 'Kontrolkæden er brudt' }).waitFor();
    expect(await textOf(auditor, '#brud-stroem')).toBe(`cycle-${cycleId}`);
    expect(await textOf(auditor, 'main')).toContain('Ændret');
    await checkPage(auditor, 'revision-kontrol-brudt');

    // The stream links to the cycle's timeline, which still shows every event, the altered one by its type.
    await Promise.all([auditor.waitForURL(timelineUrl()), auditor.click('#brud-stroem a')]);
    expect(await rows().count()).toBe(events.length);
    expect(await textOf(auditor, 'table.audit-timeline tbody tr:nth-child(2)')).toContain(
      'Hændelse AgendaSet (data har ikke den form, typen har)',
    );
  });

  it('downloads the cycle’s events as CSV, a header and one row per event', async () => {
    await auditor.goto(`${system.webUrl}/revision`);
    const [download] = await Promise.all([
      auditor.waitForEvent('download'),
      auditor.click(`a[href="/revision/eksport?format=csv&stream=cycle-${cycleId}"]`),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^ledelsesrum-events-cycle-${cycleId}-.*\\.csv$`));
    const csv = readFileSync((await download.path())!, 'utf8');
    const parsed = parseCsv(csv.replace(/^\uFEFF/, ''), ',');
    const [header, ...lines] = parsed.rows.map((row) => row.fields);
    expect(header).toEqual([...EXPORT_FIELDS]);
    expect(lines).toHaveLength(events.length);
  });

  it('shows the export form again with the error at the field when the window ends before it starts', async () => {
    await auditor.goto(`${system.webUrl}/revision`);
    await fillMoment(auditor, 'fra', '2027-01-02T10:00');
    await fillMoment(auditor, 'til', '2027-01-01T10:00');
    const [answer] = await Promise.all([
      auditor.waitForResponse((response) => response.url().includes('/revision/eksport')),
      auditor.click('button:has-text("Hent eksporten")'),
    ]);
    expect(answer.status()).toBe(400);
    expect(await textOf(auditor, '#til-error')).toContain('Skal ligge efter');
    await checkPage(auditor, 'revision-eksport-fejl');
  });
});
