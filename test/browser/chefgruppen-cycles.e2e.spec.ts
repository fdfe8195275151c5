import type { Browser, Page } from 'playwright-core';
import { checkPage, newContext, PHONE, shownText as text, signIn } from '../support/browser';
import { startChefgruppenInBrowser, stopBrowserAndSystem } from '../support/chefgruppen-in-browser';
import { dateShown, fillDate } from '../support/danish-date';
import { justNow, MEETING_DATE } from '../support/dates';
import type { apiClient } from '../support/http';
import type { SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

const THEME = 'Ledelse af psykisk arbejdsmiljø';

/**
 * Two areas, all three levels, three groups. Gruppe Nord: Dorte (direktør, social) facilitates Cecilie (chef, social),
 * Lone (leder, social) and Lars (leder, teknik); Gruppe Syd: Carl (chef, teknik) facilitates Lise (leder, social);
 * Gruppe Vest is left out of the cycle.
 */
const ORGANISATION = {
  areas: [
    { id: 'social', name: 'Social og sundhed' },
    { id: 'teknik', name: 'Teknik og miljø' },
  ],
  people: [
    person('d-1', 'Dorte Direktør', 'social', 'direktør'),
    person('c-1', 'Carl Chef', 'teknik', 'chef'),
    person('c-2', 'Cecilie Chef', 'social', 'chef'),
    person('l-1', 'Lone Leder', 'social', 'leder'),
    person('l-2', 'Lars Leder', 'teknik', 'leder'),
    person('l-3', 'Lise Leder', 'social', 'leder'),
  ],
  groups: [
    { id: 'g-1', name: 'Gruppe Nord', facilitatorId: 'd-1', memberIds: ['d-1', 'c-2', 'l-1', 'l-2'] },
    { id: 'g-2', name: 'Gruppe Syd', facilitatorId: 'c-1', memberIds: ['c-1', 'l-3'] },
    { id: 'g-3', name: 'Gruppe Vest', facilitatorId: 'c-2', memberIds: ['c-2', 'l-2'] },
  ],
};

function person(id: string, name: string, areaId: string, level: string) {
  return { id, name, email: `${id}@kommune.dk`, areaId, level, experienced: true };
}

/** Chefgruppen steering a cycle from launch to close in a real Chromium, every page checked with axe. */
describe('web interface: chefgruppen’s cycles', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let page: Page;
  let call: ReturnType<typeof apiClient>;
  let cycleUrl: string;
  let cycleId: string;

  beforeAll(async () => {
    ({ system, browser, page, call } = await startChefgruppenInBrowser());
  }, 120_000);

  afterAll(() => stopBrowserAndSystem({ browser, system }));

  const current = () => text(page.locator('main ol.pipeline li[aria-current="step"]'));
  const submit = (target: Page, name: string) => target.getByRole('button', { name, exact: true }).click();

  it('refuses a leader with the 403 page, and sends someone not signed in to the sign-in page', async () => {
    const leader = await (await newContext(browser)).newPage();
    await signIn(leader, system.webUrl, 'leader');
    const refused = await leader.goto(`${system.webUrl}/chefgruppen`);
    expect(refused?.status()).toBe(403);
    expect(await text(leader.locator('h1'))).toBe('Ingen adgang');
    await checkPage(leader, 'chefgruppen-leder-afvist');

    const stranger = await (await newContext(browser)).newPage();
    await stranger.goto(`${system.webUrl}/chefgruppen/cykler/ny`);
    const url = new URL(stranger.url());
    expect(url.pathname).toBe('/log-ind');
    expect(url.searchParams.get('tilbage')).toBe('/chefgruppen/cykler/ny');
  });

  it('says to import the organisation first, and once there are groups, to launch the first cycle', async () => {
    await page.goto(`${system.webUrl}/chefgruppen`);
    expect(await text(page.locator('main .empty-state'))).toContain('indlæse organisationen');
    expect(await page.locator('main .empty-state a').getAttribute('href')).toBe('/chefgruppen/organisation');
    await checkPage(page, 'chefgruppen-tom-uden-organisation');

    const chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORGANISATION });
    expect(put.status).toBe(200);

    await page.reload();
    expect(await text(page.locator('main .empty-state'))).toContain('Start den første møderunde');
    await checkPage(page, 'chefgruppen-tom');
  });

  it('launches a cycle through the form, showing a missing theme at its field first', async () => {
    await page.getByRole('link', { name: 'Start en ny møderunde' }).click();
    await page.waitForURL('**/chefgruppen/cykler/ny');
    for (const group of ['Gruppe Nord', 'Gruppe Syd', 'Gruppe Vest']) {
      expect(await page.getByLabel(group).isChecked()).toBe(true);
    }
    await checkPage(page, 'chefgruppen-ny-cyklus');

    await fillDate(page, 'meetingDate', MEETING_DATE);
    await page.getByLabel('Gruppe Vest').uncheck();
    await page.fill('#startTime', '13.00');
    await submit(page, 'Start møderunden');
    expect(await text(page.locator('#theme-error'))).toContain('Skal udfyldes');
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await page.getAttribute('#theme', 'aria-invalid')).toBe('true');
    // What was typed and ticked is kept.
    expect(await dateShown(page, 'meetingDate')).toBe(MEETING_DATE.split('-').reverse().map(Number).join('.'));
    expect(await page.getByLabel('Gruppe Vest').isChecked()).toBe(false);
    await checkPage(page, 'chefgruppen-ny-cyklus-fejl');

    await page.fill('#theme', THEME);
    await Promise.all([page.waitForURL(/\/chefgruppen\/cykler\/[0-9a-f-]{36}$/), submit(page, 'Start møderunden')]);
    cycleUrl = page.url();
    cycleId = cycleUrl.split('/').pop()!;
    expect(await text(page.locator('h1'))).toBe(THEME);
    expect(await current()).toBe('Startet');
    expect(await text(page.locator('dl.facts'))).toContain('kl. 13.00');
    const meetings = page.locator('table.meetings tbody tr');
    expect(await meetings.count()).toBe(2);
    expect(await text(meetings.nth(0))).toMatch(/Gruppe Nord\s+Dorte Direktør\s+afventer/);
    await checkPage(page, 'chefgruppen-cyklus-startet');
  });

  it('sets the agenda through its form; once prep is sent, a stale agenda form gets the 409 page', async () => {
    await page.getByRole('link', { name: 'Sæt dagsordenen' }).click();
    await page.waitForURL(`${cycleUrl}/dagsorden`);
    await checkPage(page, 'chefgruppen-dagsorden');
    await page.fill('#items', 'Hvad fylder hos os? | Fælles drøftelse\n\nNæste skridt');
    await page.fill('#prepTasks', 'Spørg dit team | Hvad belaster mest?');
    await page.selectOption('#materialKind-0', 'article');
    await page.fill('#materialTitle-0', 'Forskning om psykisk arbejdsmiljø');
    await page.fill('#materialUrl-0', 'ikke en adresse');
    await submit(page, 'Gem dagsordenen');
    expect(await text(page.locator('#materialUrl-0-error'))).toContain('https://');
    expect(await page.inputValue('#items')).toBe('Hvad fylder hos os? | Fælles drøftelse\nNæste skridt');
    await checkPage(page, 'chefgruppen-dagsorden-fejl');

    await page.fill('#materialUrl-0', 'https://example.org/arbejdsmiljo');
    await page.selectOption('#materialKind-1', 'speaker');
    await page.fill('#materialTitle-1', 'Oplæg ved arbejdsmiljøkonsulenten');
    await Promise.all([page.waitForURL(cycleUrl), submit(page, 'Gem dagsordenen')]);
    expect(await current()).toBe('Dagsorden sat');
    const main = await text(page.locator('main'));
    expect(main).toContain('Hvad fylder hos os?');
    expect(main).toContain('Oplægsholder: Oplæg ved arbejdsmiljøkonsulenten');
    await checkPage(page, 'chefgruppen-cyklus-dagsorden-sat');

    const stale = await page.context().newPage();
    await stale.goto(`${cycleUrl}/dagsorden`);
    await page.getByRole('link', { name: 'Se og send forberedelsen' }).click();
    await page.waitForURL(`${cycleUrl}/forberedelse`);
    await Promise.all([page.waitForURL(cycleUrl), submit(page, 'Send')]);
    expect(await current()).toBe('Forberedelse sendt');
    await checkPage(page, 'chefgruppen-cyklus-forberedelse-sendt');

    // Refused: back to the agenda's page, which now says it is locked, and shows the agenda typed in this tab.
    await stale.fill('#items', 'Skrevet i den gamle fane');
    const [refused, shown] = await Promise.all([
      stale.waitForResponse((response) => response.request().method() === 'POST'),
      stale.waitForResponse((response) => response.request().method() === 'GET'),
      submit(stale, 'Gem dagsordenen'),
    ]);
    expect(refused.status()).toBe(303);
    expect(shown.status()).toBe(409);
    expect(await text(stale.locator('main .notice'))).toContain('Dagsordenen kan ikke ændres');
    expect(await stale.locator('.conflict .typed-text').allTextContents()).toContain('Skrevet i den gamle fane');
    await checkPage(stale, 'chefgruppen-dagsorden-409');
    await stale.close();
  });

  it('shows the meetings the facilitators recorded and their input, and publishes the summary', async () => {
    const meetings = [
      { group: 'g-1', facilitator: 'd-1', attendees: ['d-1', 'c-2', 'l-1', 'l-2'], input: ['Mere tid til sparring'] },
      { group: 'g-2', facilitator: 'c-1', attendees: ['c-1', 'l-3'], input: [] },
    ];
    for (const meeting of meetings) {
      const token = await system.token(meeting.facilitator, 'facilitator');
      const body = {
        heldAt: justNow(),
        attendeeIds: meeting.attendees,
        keyPoints: ['Trivsel'],
        inputToChefgruppen: meeting.input,
      };
      const recorded = await call('POST', `/cycles/${cycleId}/meetings/${meeting.group}`, { token, body });
      expect(recorded.status).toBe(200);
    }

    await page.reload();
    expect(await current()).toBe('Møder holdt');
    expect(await text(page.locator('table.meetings tbody'))).not.toContain('afventer');
    const input = page.locator('main .group-input');
    expect(await input.count()).toBe(1);
    expect(await text(input)).toMatch(/Gruppe Nord[\s\S]*Mere tid til sparring\s+Ikke taget op/);
    await checkPage(page, 'chefgruppen-cyklus-moder-holdt');

    await page.fill('#summaryText', 'Opsamling: grupperne vil have mere tid til sparring.');
    await submit(page, 'Se opsamlingen før du sender');
    await Promise.all([page.waitForURL(cycleUrl), submit(page, 'Send')]);
    expect(await current()).toBe('Opsamling offentliggjort');
  });

  it('shows the cascade per group and where the pending are, and releases a leader through the form', async () => {
    const leader = await system.token('l-1', 'leader');
    const cascade = { passedOnAt: new Date().toISOString(), channel: 'personalemøde' };
    expect((await call('POST', `/cycles/${cycleId}/cascades/l-1`, { token: leader, body: cascade })).status).toBe(200);
    await page.reload();

    const group = (name: string) =>
      page.locator('main .coverage-groups li', { has: page.locator('h3', { hasText: name }) });
    expect(await text(group('Gruppe Nord').locator('.coverage-numbers'))).toBe(
      '1 af 4 har bekræftet, 0 fritaget, 3 mangler',
    );
    expect(await group('Gruppe Nord').locator('svg[role="img"]').getAttribute('aria-label')).toBe(
      'Gruppe Nord: 1 af 4 har bekræftet, 0 fritaget, 3 mangler',
    );
    expect(await text(group('Gruppe Syd').locator('.coverage-numbers'))).toBe(
      '0 af 2 har bekræftet, 0 fritaget, 2 mangler',
    );
    expect(await text(page.locator('main .coverage-total'))).toBe('1 af 6 har bekræftet, 0 fritaget, 5 mangler');

    const cells = (area: string) =>
      page.locator('table.heatmap tbody tr', { has: page.locator('th', { hasText: area }) }).locator('td');
    const social = cells('Social og sundhed');
    // Columns: direktør, chef, leder.
    expect(await text(social.nth(0))).toMatch(/1 af 1 mangler\s+0 påmindet\s+0 eskaleret/);
    expect(await text(social.nth(1))).toMatch(/1 af 1 mangler/);
    expect(await text(social.nth(2))).toMatch(/1 af 2 mangler\s+0 påmindet\s+0 eskaleret/);
    expect(await social.nth(0).getAttribute('class')).toBe('heat-4');
    expect(await social.nth(2).getAttribute('class')).toBe('heat-2');
    const teknik = cells('Teknik og miljø');
    expect(await text(teknik.nth(0))).toContain('ingen');
    expect(await text(teknik.nth(1))).toMatch(/1 af 1 mangler/);
    expect(await text(teknik.nth(2))).toMatch(/1 af 1 mangler/);
    const pending = await page.locator('main ul.pending-leaders li').allTextContents();
    expect(pending.map((line) => line.replace(/\s+/g, ' ').trim().split(' (')[0])).toEqual([
      'Carl Chef',
      'Cecilie Chef',
      'Dorte Direktør',
      'Lars Leder',
      'Lise Leder',
    ]);
    await checkPage(page, 'chefgruppen-cyklus-videreformidling');

    await page.fill('#releaseReason', 'Orlov');
    await submit(page, 'Fritag personen');
    expect(await text(page.locator('#releasePersonId-error'))).toContain('Vælg en person');
    await checkPage(page, 'chefgruppen-fritag-fejl');
    await page.selectOption('#releasePersonId', 'l-3');
    await Promise.all([page.waitForURL(cycleUrl), submit(page, 'Fritag personen')]);
    expect(await text(group('Gruppe Syd').locator('.coverage-numbers'))).toBe(
      '0 af 2 har bekræftet, 1 fritaget, 1 mangler',
    );
  });

  it('fits the cycle page on a phone without scrolling sideways', async () => {
    const phone = await (await newContext(browser, PHONE)).newPage();
    await signIn(phone, system.webUrl, 'chefgruppen');
    await phone.goto(cycleUrl);
    expect(await text(phone.locator('h1'))).toBe(THEME);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await checkPage(phone, 'chefgruppen-cyklus-telefon');
  });

  it('closes the cycle with a reason, the pending becoming exceptions, and the list shows it completed', async () => {
    expect(await text(page.locator('main .cycle-actions .notice'))).toContain(
      'de 4 ledere, der mangler at bekræfte, registreret som undtagelser',
    );
    await page.fill('#closeReason', 'Fristen er overskredet');
    await submit(page, 'Luk møderunden …');
    await Promise.all([page.waitForURL(cycleUrl), submit(page, 'Luk møderunden')]);
    expect(await current()).toBe('Afsluttet');
    expect(await text(page.locator('dl.facts').first())).toMatch(/Fristen er overskredet \(4 undtagelser\)/);
    await checkPage(page, 'chefgruppen-cyklus-afsluttet');

    await page.getByRole('link', { name: 'Møderunder' }).first().click();
    await page.waitForURL(`${system.webUrl}/chefgruppen`);
    const card = page.locator('main ul.cycles > li', { hasText: THEME });
    expect(await text(card.locator('li[aria-current="step"]'))).toBe('Afsluttet');
    expect(await card.locator('li.passed').count()).toBe(5);
    expect(await text(card.locator('.coverage'))).toContain('1 af 6 har bekræftet');
    await checkPage(page, 'chefgruppen-cyklusser');
  });
});
