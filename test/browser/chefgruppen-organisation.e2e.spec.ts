import type { Browser, Page } from 'playwright-core';
import { checkPage, newContext, PHONE, shownText as text, signIn } from '../support/browser';
import { startChefgruppenInBrowser, stopBrowserAndSystem } from '../support/chefgruppen-in-browser';
import type { apiClient } from '../support/http';
import { goBack, summaryHasFocus } from '../support/post-redirect-get';
import type { SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

/**
 * Three areas, eight people, two groups of four. Gruppe 1: Dorte (direktør, social) facilitates Christa (chef, skole),
 * Bo (leder, teknik) and Dennis (leder, social), all experienced. Gruppe 2: Carsten (chef, teknik) facilitates Anne
 * (leder, social), Cecilie (leder, skole) and Eva (leder, teknik), the three leaders new.
 */
const HEADER = 'id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator;sprog';
const ANNE = 'p-a;Anne Østergård;anne@kommune.dk;social;Social og Sundhed;leder;nej;p-dir;g-2;Gruppe 2;;';
const CSV = [
  HEADER,
  'p-dir;Dorte Ærø;dorte@kommune.dk;social;Social og Sundhed;direktør;ja;;g-1;Gruppe 1;ja;da',
  'p-chef;Carsten Holm;carsten@kommune.dk;teknik;Teknik og Miljø;chef;ja;p-dir;g-2;Gruppe 2;ja;',
  ANNE,
  'p-chef2;Christa Lund;christa@kommune.dk;skole;Børn og Skole;chef;ja;p-dir;g-1;Gruppe 1;;en',
  'p-b;Bo Sand;bo@kommune.dk;teknik;Teknik og Miljø;leder;ja;p-chef;g-1;Gruppe 1;;',
  'p-c;Cecilie Vang;cecilie@kommune.dk;skole;Børn og Skole;leder;nej;p-chef2;g-2;Gruppe 2;;',
  'p-d;Dennis Berg;dennis@kommune.dk;social;Social og Sundhed;leder;ja;p-dir;g-1;Gruppe 1;;',
  'p-e;Eva Dahl;eva@kommune.dk;teknik;Teknik og Miljø;leder;nej;p-chef;g-2;Gruppe 2;;en',
].join('\n');

interface Organisation {
  people: { id: string; email: string; areaId: string; experienced: boolean; language?: string }[];
  groups: { id: string; facilitatorId: string; memberIds: string[] }[];
}

/** Chefgruppen's organisation pages in a real Chromium on a fresh system, every page and state checked with axe. */
describe('web interface: chefgruppen’s organisation', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let page: Page;
  let call: ReturnType<typeof apiClient>;
  let chefToken: string;
  const overviewUrl = () => `${system.webUrl}/chefgruppen/organisation`;

  beforeAll(async () => {
    ({ system, browser, page, call, chefToken } = await startChefgruppenInBrowser());
  }, 120_000);

  afterAll(() => stopBrowserAndSystem({ browser, system }));

  const organisation = async () => (await call<Organisation>('GET', '/organisation', { token: chefToken })).body;
  /** A group's row of the spread table: its counts, left to right, without the score. */
  const spreadRow = async (group: string) => {
    const cells = page.locator('table.spread tbody tr', { has: page.locator('th', { hasText: group }) }).locator('td');
    return (await cells.allTextContents()).map((cell) => cell.trim());
  };
  /** Sends a form that is refused: waits for its answer (400 or other) and for the page it brings to load. */
  const submitRefused = async (button: string) => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.waitForEvent('load'),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    return response.status();
  };
  /** Sends a form that succeeds: waits for the overview it redirects to. */
  const submitToOverview = async (button: string) => {
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/chefgruppen/organisation' && url.search !== ''),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
  };

  it('shows an empty organisation with importing it as the first step', async () => {
    await page.goto(overviewUrl());
    expect(await text(page.locator('h1'))).toBe('Organisationen');
    expect(await text(page.locator('main'))).toContain('Organisationen er tom');
    await checkPage(page, 'organisation-tom');
    await Promise.all([
      page.waitForURL(`${system.webUrl}/chefgruppen/organisation/import`),
      page.getByRole('link', { name: 'Indlæs organisationen' }).click(),
    ]);
    expect(await text(page.locator('h1'))).toBe('Indlæs organisationen');
    await checkPage(page, 'organisation-import');
    expect(await submitRefused('Indlæs')).toBe(303);
    expect(await text(page.locator('#fil-error'))).toContain('Vælg en CSV-fil, eller indsæt filens tekst');
    await checkPage(page, 'organisation-import-intet-valgt');
  });

  it('imports an uploaded CSV file, and the overview shows the groups and how each mixes the organisation', async () => {
    await page.setInputFiles('#fil', { name: 'organisation.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    // The file's changes are shown first (organisation-interface.e2e.spec.ts tests the preview), then applied.
    await Promise.all([
      page.waitForURL(/\/organisation\/import\/[\w-]+$/),
      page.getByRole('button', { name: 'Indlæs', exact: true }).click(),
    ]);
    await submitToOverview('Anvend ændringerne');
    const notice = await text(page.locator('main .notice'));
    expect(notice).toContain('Filen er indlæst');
    expect(notice).toContain('8 personer tilføjet');
    expect(notice).toContain('2 grupper oprettet');
    // Per group: people; areas Børn og Skole, Social og Sundhed, Teknik og Miljø; direktør, chef, leder; experienced, new.
    expect((await spreadRow('Gruppe 1')).slice(0, 9)).toEqual(['4', '1', '2', '1', '1', '1', '2', '4', '0']);
    expect((await spreadRow('Gruppe 2')).slice(0, 9)).toEqual(['4', '1', '1', '2', '0', '1', '3', '1', '3']);
    expect((await spreadRow('Gruppe 2'))[9]).toMatch(/^\d+ %$/);
    const first = page.locator('section', { has: page.locator('h3', { hasText: 'Gruppe 1' }) });
    expect(await text(first.locator('p').first())).toContain('Facilitator: Dorte Ærø');
    expect(await first.locator('tbody tr').count()).toBe(4);
    await checkPage(page, 'organisation-oversigt');
    expect((await organisation()).people).toHaveLength(8);
  });

  it('refuses an import with a broken line, showing the line’s error and keeping the text; fixed, it changes nothing', async () => {
    await page.goto(`${system.webUrl}/chefgruppen/organisation/import`);
    const broken = CSV.replace(ANNE, ANNE.replace('anne@kommune.dk', 'anne-at-kommune'));
    await page.fill('#csv', broken);
    // Back to the import page (Post/Redirect/Get), with the file's report kept for this session in between.
    expect(await submitRefused('Indlæs')).toBe(303);
    const refusedPath = new URL(page.url());
    expect(refusedPath.pathname).toBe('/chefgruppen/organisation/import');
    expect(refusedPath.searchParams.get('afvist')).toMatch(/^[\w-]{22}$/);
    expect(await page.title()).toMatch(/^Fejl: /);
    expect(await summaryHasFocus(page)).toBe(true);
    const row = page.locator('.summary-errors tbody tr');
    expect(await row.count()).toBe(1);
    expect(await text(row.locator('th'))).toBe('4');
    expect(await text(row)).toContain('email');
    expect(await text(row)).toContain('"anne-at-kommune" er ikke en e-mailadresse');
    expect(await text(row.locator('code'))).toContain('anne-at-kommune');
    expect((await page.inputValue('#csv')).replace(/\r\n/g, '\n')).toBe(broken);
    await checkPage(page, 'organisation-import-fejl');
    expect((await organisation()).people.find((person) => person.id === 'p-a')?.email).toBe('anne@kommune.dk');

    // The report is this session's only: another chefgruppen session gets the empty form.
    const other = await (await newContext(browser)).newPage();
    await signIn(other, system.webUrl, 'chefgruppen', 'p-dir');
    expect((await other.goto(refusedPath.toString()))?.status()).toBe(200);
    expect(await other.locator('.summary-errors').count()).toBe(0);
    expect(await other.inputValue('#csv')).toBe('');
    await other.close();

    await page.fill('#csv', (await page.inputValue('#csv')).replace('anne-at-kommune', 'anne@kommune.dk'));
    await submitToOverview('Indlæs');
    expect(await text(page.locator('main .notice'))).toContain('Intet var ændret');
    // Back is the refused file's report fetched anew with GET: nothing is posted again.
    expect(await goBack(page)).toEqual({
      path: `${refusedPath.pathname}${refusedPath.search}`,
      method: 'GET',
      status: 200,
      posts: [],
      dialogs: [],
    });
    expect(await page.locator('.summary-errors tbody tr').count()).toBe(1);
  });

  it('refuses a file larger than the API’s 5 MB: at the field, or far larger with a page that says so', async () => {
    await page.goto(`${system.webUrl}/chefgruppen/organisation/import`);
    const file = (bytes: number) => ({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.alloc(bytes, 'x') });
    await page.setInputFiles('#fil', file(5 * 1024 * 1024 + 1));
    expect(await submitRefused('Indlæs')).toBe(303);
    expect(await text(page.locator('#fil-error'))).toContain('større end 5 MB');
    await checkPage(page, 'organisation-import-fil-for-stor');

    await page.setInputFiles('#fil', file(6 * 1024 * 1024));
    expect(await submitRefused('Indlæs')).toBe(413);
    expect(await text(page.locator('main [role=alert]'))).toContain('Formularen er for stor');
    await checkPage(page, 'organisation-import-formular-for-stor');
  });

  it('shows an invalid change of a person at its field, and a valid one on the overview and in the API', async () => {
    await page.goto(overviewUrl());
    await Promise.all([
      page.waitForURL(/\/personer\/p-a$/),
      page.getByRole('link', { name: 'Anne Østergård', exact: true }).click(),
    ]);
    expect(await text(page.locator('h1'))).toBe('Ret Anne Østergård');
    await checkPage(page, 'organisation-person');
    await page.fill('#email', 'anne-at-kommune');
    expect(await submitRefused('Gem ændringer')).toBe(303);
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    await expect(page.locator('#email-error').isVisible()).resolves.toBe(true);
    expect(await page.inputValue('#email')).toBe('anne-at-kommune');
    await checkPage(page, 'organisation-person-fejl');

    await page.fill('#email', 'anne.ostergaard@kommune.dk');
    await page.selectOption('#areaId', 'teknik');
    await page.selectOption('#experienced', 'ja');
    await page.selectOption('#language', 'en');
    await submitToOverview('Gem ændringer');
    expect(await text(page.locator('main .notice'))).toContain('Ændringerne af personen er gemt');
    expect((await spreadRow('Gruppe 2')).slice(0, 9)).toEqual(['4', '1', '0', '3', '0', '1', '3', '2', '2']);
    const anne = (await organisation()).people.find((person) => person.id === 'p-a');
    expect(anne).toMatchObject({
      email: 'anne.ostergaard@kommune.dk',
      areaId: 'teknik',
      experienced: true,
      language: 'en',
    });
  });

  it('moves a member to another group, refuses to move a facilitator, and changes a group’s facilitator', async () => {
    await page.goto(overviewUrl());
    await Promise.all([
      page.waitForURL(/\/personer\/p-b\/flyt$/),
      page.getByRole('link', { name: 'Flyt: Bo Sand' }).click(),
    ]);
    await checkPage(page, 'organisation-flyt');
    await page.selectOption('#til', 'g-2');
    await submitToOverview('Flyt');
    expect(await text(page.locator('main .notice'))).toContain('Gruppernes medlemmer er ændret');
    let groups = (await organisation()).groups;
    expect(groups.find((group) => group.id === 'g-1')?.memberIds).not.toContain('p-b');
    expect(groups.find((group) => group.id === 'g-2')?.memberIds).toContain('p-b');

    await page.goto(`${system.webUrl}/chefgruppen/organisation/personer/p-dir/flyt`);
    await page.selectOption('#til', 'g-2');
    expect(await submitRefused('Flyt')).toBe(303);
    expect(await text(page.locator('#fra-error'))).toContain('Facilitatoren kan ikke fjernes fra sin gruppe');
    await checkPage(page, 'organisation-flyt-fejl');

    await page.goto(overviewUrl());
    await Promise.all([
      page.waitForURL(/\/grupper\/g-1\/facilitator$/),
      page.getByRole('link', { name: 'Skift facilitator for Gruppe 1' }).click(),
    ]);
    await checkPage(page, 'organisation-facilitator');
    await page.selectOption('#facilitatorId', 'p-chef2');
    await submitToOverview('Skift facilitator');
    const first = page.locator('section', { has: page.locator('h3', { hasText: 'Gruppe 1' }) });
    expect(await text(first.locator('p').first())).toContain('Facilitator: Christa Lund');
    groups = (await organisation()).groups;
    expect(groups.find((group) => group.id === 'g-1')?.facilitatorId).toBe('p-chef2');
  });

  it('records that a person leaves, but not a facilitator before their group has another', async () => {
    await page.goto(`${system.webUrl}/chefgruppen/organisation/personer/p-chef/fratraed`);
    expect(await text(page.locator('main .notice'))).toContain('kan først fratræde');
    expect(await page.getByRole('button', { name: 'Registrér fratrædelsen' }).count()).toBe(0);
    await checkPage(page, 'organisation-fratraed-facilitator');

    await page.goto(`${system.webUrl}/chefgruppen/organisation/personer/p-d/fratraed`);
    await checkPage(page, 'organisation-fratraed');
    await submitToOverview('Registrér fratrædelsen');
    expect(await text(page.locator('main .notice'))).toContain('fratrådt');
    const after = await organisation();
    expect(after.people.map((person) => person.id)).not.toContain('p-d');
    expect(after.groups.flatMap((group) => group.memberIds)).not.toContain('p-d');
  });

  it('proposes balanced groups, shows their spread, and adopts them', async () => {
    await page.goto(`${system.webUrl}/chefgruppen/organisation/sammensaet`);
    await checkPage(page, 'organisation-sammensaet');
    await page.fill('#count', '0');
    await Promise.all([page.waitForURL(/count=0/), page.getByRole('button', { name: 'Foreslå grupper' }).click()]);
    await expect(page.locator('#count-error').isVisible()).resolves.toBe(true);
    await checkPage(page, 'organisation-sammensaet-fejl');

    await page.fill('#count', '2');
    await Promise.all([page.waitForURL(/count=2/), page.getByRole('button', { name: 'Foreslå grupper' }).click()]);
    expect(await page.locator('table.spread tbody tr').count()).toBe(2);
    expect(await page.locator('ul.cards > li').count()).toBe(2);
    await checkPage(page, 'organisation-sammensaet-forslag');
    await submitToOverview('Gem forslaget som grupperne');
    expect(await text(page.locator('main .notice'))).toContain('Forslaget er gemt');
    const { people, groups } = await organisation();
    expect(groups.map((group) => group.id).sort()).toEqual(['group-01', 'group-02']);
    expect(groups.flatMap((group) => group.memberIds).sort()).toEqual(people.map((person) => person.id).sort());
  });

  it('fits a phone screen without scrolling sideways', async () => {
    const phone = await (await newContext(browser, PHONE)).newPage();
    await signIn(phone, system.webUrl, 'chefgruppen');
    await phone.goto(overviewUrl());
    expect(await phone.locator('table.spread').count()).toBe(1);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await checkPage(phone, 'organisation-oversigt-telefon');
    await phone.goto(`${system.webUrl}/chefgruppen/organisation/import`);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await checkPage(phone, 'organisation-import-telefon');
  });

  it('refuses a facilitator with the 403 page, and sends someone not signed in to the sign-in page', async () => {
    const facilitator = await (await newContext(browser)).newPage();
    await signIn(facilitator, system.webUrl, 'facilitator', 'p-chef');
    const refused = await facilitator.goto(overviewUrl());
    expect(refused?.status()).toBe(403);
    expect(await text(facilitator.locator('h1'))).toBe('Ingen adgang');
    await checkPage(facilitator, 'organisation-facilitator-afvist');
    const form = await facilitator.goto(`${system.webUrl}/chefgruppen/organisation/personer/p-a`);
    expect(form?.status()).toBe(403);

    const stranger = await (await newContext(browser)).newPage();
    await stranger.goto(`${system.webUrl}/chefgruppen/organisation/import`);
    expect(new URL(stranger.url()).pathname).toBe('/log-ind');
    expect(new URL(stranger.url()).searchParams.get('tilbage')).toBe('/chefgruppen/organisation/import');
  });
});
