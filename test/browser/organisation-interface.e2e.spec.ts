import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { checkPage, newContext, shownText as text, signIn } from '../support/browser';
import { startChefgruppenInBrowser, stopBrowserAndSystem } from '../support/chefgruppen-in-browser';
import type { apiClient } from '../support/http';
import { goBack, sendForm, summaryHasFocus } from '../support/post-redirect-get';
import type { SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

/**
 * Two areas, six people, one group: Dorte (direktør) facilitates Carsten (chef), Anne and Bo (leder). Carsten is Bo's
 * manager; Eva and Frej have no group.
 */
const HEADER = 'id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator;sprog';
const ROWS = [
  'p-dir;Dorte Ærø;dorte@kommune.dk;social;Social og Sundhed;direktør;ja;;g-1;Gruppe 1;ja;da',
  'p-chef;Carsten Holm;carsten@kommune.dk;teknik;Teknik og Miljø;chef;ja;p-dir;g-1;Gruppe 1;;',
  'p-a;Anne Østergård;anne@kommune.dk;social;Social og Sundhed;leder;nej;p-dir;g-1;Gruppe 1;;',
  'p-b;Bo Sand;bo@kommune.dk;teknik;Teknik og Miljø;leder;ja;;g-1;Gruppe 1;;',
  'p-e;Eva Dahl;eva@kommune.dk;teknik;Teknik og Miljø;leder;nej;p-chef;;;;en',
  'p-f;Frej Mose;frej@kommune.dk;social;Social og Sundhed;leder;ja;p-dir;;;;',
];
const csv = (rows: readonly string[]) => [HEADER, ...rows].join('\n');

interface Organisation {
  people: { id: string; name: string; email: string; level: string; managerId?: string }[];
}

/** The organisation in chefgruppen's pages: the import's preview, people, the CSV files and a person's data. */
describe('web interface: the organisation in the interface', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let page: Page;
  let call: ReturnType<typeof apiClient>;
  let chefToken: string;
  const url = (path: string) => `${system.webUrl}${path}`;

  beforeAll(async () => {
    ({ system, browser, page, call, chefToken } = await startChefgruppenInBrowser());
  }, 120_000);

  afterAll(() => stopBrowserAndSystem({ browser, system }));

  const organisation = async () => (await call<Organisation>('GET', '/organisation', { token: chefToken })).body;
  /** Loads a file's text on the import page and waits for the preview of its changes. */
  const load = async (rows: readonly string[]) => {
    await page.goto(url('/chefgruppen/organisation/import'));
    await page.fill('#csv', csv(rows));
    await Promise.all([
      page.waitForURL(/\/chefgruppen\/organisation\/import\/[\w-]+$/),
      page.getByRole('button', { name: 'Indlæs', exact: true }).click(),
    ]);
  };
  /** Clicks a link that downloads a file: the file's bytes, as they arrived. */
  const download = async (link: Locator, on = page) => {
    const [file] = await Promise.all([on.waitForEvent('download'), link.click()]);
    return readFile((await file.path())!);
  };
  const click = async (button: string, path: string | RegExp) => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === 'POST'),
      page.waitForURL(path),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    return response.status();
  };

  describe('the import’s preview', () => {
    it('shows who is added before anything is saved, and applies it', async () => {
      await load(ROWS);
      expect(await text(page.locator('h1'))).toBe('Ændringerne fra filen');
      const counts = await text(page.locator('ul.counts'));
      expect(counts).toContain('6 personer tilføjes');
      expect(counts).toContain('0 personer fratræder');
      expect(counts).toContain('Grupper: 1 oprettes');
      expect(await text(page.locator('section', { has: page.locator('#tilfoejes') }))).toContain(
        'Anne Østergård (p-a)',
      );
      expect(await page.locator('[role=alert]').count()).toBe(0);
      await checkPage(page, 'organisation-indlaes-forhaandsvisning');
      expect((await organisation()).people).toEqual([]);

      expect(await click('Anvend ændringerne', /\/chefgruppen\/organisation\?indlaest=/)).toBe(303);
      expect(await text(page.locator('main .notice'))).toContain('6 personer tilføjet');
      expect((await organisation()).people).toHaveLength(6);
    });

    it('names the changed fields, warns of a manager with their own staff, and cancels without saving', async () => {
      const changed = ROWS.map((row) =>
        row.startsWith('p-b;') ? row.replace(';ja;;g-1', ';nej;p-chef;g-1') : row.replace('anne@', 'anne.o@'),
      );
      await load(changed);
      const table = page.locator('section', { has: page.locator('#aendres') });
      expect(await text(table.locator('tr', { hasText: 'Bo Sand' }))).toContain('Erfaring som leder, Nærmeste leder');
      expect(await text(table.locator('tr', { hasText: 'Anne Østergård' }))).toContain('E-mail');
      expect(await text(page.locator('#leder-og-medarbejder'))).toContain(
        'Gruppe 1: Carsten Holm sammen med sin egen medarbejder Bo Sand',
      );
      await checkPage(page, 'organisation-indlaes-aendringer');
      await click('Annullér', /\/chefgruppen\/organisation$/);
      expect((await organisation()).people.find((person) => person.id === 'p-a')?.email).toBe('anne@kommune.dk');
    });

    it('says at the top when a file would mark many people as leaving, with the count', async () => {
      await load(['p-new;Ny Person;ny@kommune.dk;social;Social og Sundhed;leder;nej;;;;;']);
      const alert = page.locator('main [role=alert]').first();
      expect(await text(alert)).toContain('Filen vil registrere 6 af organisationens 6 personer som fratrådt');
      // The alert comes before everything else on the page, and is no folded box.
      expect(await page.locator('main h1 + [role=alert]').count()).toBe(1);
      expect(await page.locator('main details [role=alert]').count()).toBe(0);
      expect(await text(page.locator('section', { has: page.locator('#fratraeder') }))).toContain('Bo Sand (p-b)');
      await checkPage(page, 'organisation-indlaes-mange-fratraeder');
      await click('Annullér', /\/chefgruppen\/organisation$/);
      expect((await organisation()).people).toHaveLength(6);
    });

    it('refuses to apply onto an organisation someone changed meanwhile, and shows what the file changes now', async () => {
      await load([...ROWS, 'p-g;Gitte Lund;gitte@kommune.dk;social;Social og Sundhed;leder;nej;;;;;']);
      const changedMeanwhile = await call('PATCH', '/people/p-f', { token: chefToken, body: { level: 'chef' } });
      expect(changedMeanwhile.status).toBe(200);
      const previewPath = new URL(page.url()).pathname;
      // Refused: back to the preview (Post/Redirect/Get), which says why, in focus, and shows what the file changes now.
      const apply = () => page.getByRole('button', { name: 'Anvend ændringerne', exact: true }).click();
      expect(await sendForm(page, apply)).toBe(303);
      expect(new URL(page.url()).pathname).toBe(previewPath);
      expect(await text(page.locator('main .conflict'))).toContain(
        'Organisationen er blevet ændret, siden ændringerne blev vist',
      );
      expect(await page.evaluate(`document.activeElement.classList.contains('conflict')`)).toBe(true);
      // What the file changes now: Gitte joins, and Frej's level goes back to the file's.
      expect(await text(page.locator('ul.counts'))).toContain('1 person tilføjes');
      expect(await text(page.locator('section', { has: page.locator('#aendres') }))).toContain('Frej Mose');
      expect((await organisation()).people.map((person) => person.id)).not.toContain('p-g');
      await checkPage(page, 'organisation-indlaes-konflikt');

      expect(await click('Anvend ændringerne', /\/chefgruppen\/organisation\?indlaest=/)).toBe(303);
      const people = (await organisation()).people;
      expect(people.map((person) => person.id)).toContain('p-g');
      expect(people.find((person) => person.id === 'p-f')?.level).toBe('leder');
      // Back is the preview's page fetched anew, nothing posted again; its file was applied, so it is gone (410).
      expect(await goBack(page)).toEqual({ path: previewPath, method: 'GET', status: 410, posts: [], dialogs: [] });
    });

    it('keeps a preview from anyone but the person who loaded the file', async () => {
      await load(ROWS.slice(0, 5));
      const previewUrl = page.url();
      const other = await (await newContext(browser)).newPage();
      await signIn(other, system.webUrl, 'chefgruppen', 'p-dir');
      const answer = await other.goto(previewUrl);
      expect(answer?.status()).toBe(410);
      await other.close();
      await click('Annullér', /\/chefgruppen\/organisation$/);
      expect((await page.goto(previewUrl))?.status()).toBe(410);
    });
  });
  describe('people', () => {
    it('finds people by a part of their name, their id or their area, at the server', async () => {
      await page.goto(url('/chefgruppen/organisation'));
      await Promise.all([
        page.waitForURL(/\/chefgruppen\/organisation\/personer$/),
        page.getByRole('link', { name: 'Find personer' }).click(),
      ]);
      const names = () => page.locator('table.people tbody th').allTextContents();
      expect(await text(page.locator('#antal'))).toBe('7 af 7 personer');
      await checkPage(page, 'organisation-personer');
      await page.fill('#q', 'østergå');
      await Promise.all([page.waitForURL(/q=/), page.getByRole('button', { name: 'Søg' }).click()]);
      expect((await names()).map((name) => name.trim())).toEqual(['Anne Østergård']);
      await page.goto(url('/chefgruppen/organisation/personer?q=p-b'));
      expect((await names()).map((name) => name.trim())).toEqual(['Bo Sand']);
      await page.goto(url('/chefgruppen/organisation/personer?q=teknik'));
      expect(await text(page.locator('#antal'))).toBe('3 af 7 personer');
      await page.goto(url('/chefgruppen/organisation/personer?q=&omraade=social'));
      expect((await names()).map((name) => name.trim())).toEqual([
        'Anne Østergård',
        'Dorte Ærø',
        'Frej Mose',
        'Gitte Lund',
      ]);
      await page.goto(url('/chefgruppen/organisation/personer?q=ingen+s%C3%A5dan'));
      expect(await text(page.locator('main'))).toContain('Ingen personer passer til søgningen.');
    });

    it('adds a person, refusing an id that is taken and an e-mail that is not one, each at its field', async () => {
      await page.goto(url('/chefgruppen/organisation/personer'));
      await Promise.all([
        page.waitForURL(/\/ny-person$/),
        page.getByRole('link', { name: 'Tilføj en person' }).click(),
      ]);
      await checkPage(page, 'organisation-ny-person');
      await page.fill('#id', 'p-a');
      await page.fill('#name', 'Hanne Krog');
      await page.fill('#email', 'hanne-at-kommune');
      await page.selectOption('#areaId', 'teknik');
      // Each refusal goes back to the form's page (Post/Redirect/Get), the summary in focus, what was typed kept.
      const add = () =>
        sendForm(page, () => page.getByRole('button', { name: 'Tilføj en person', exact: true }).click());
      const formPath = '/chefgruppen/organisation/ny-person';
      expect(await add()).toBe(303);
      expect(new URL(page.url()).pathname).toBe(formPath);
      expect(await summaryHasFocus(page)).toBe(true);
      expect(await text(page.locator('#email-error'))).toContain('e-mail');
      expect(await page.inputValue('#name')).toBe('Hanne Krog');
      expect(await page.inputValue('#areaId')).toBe('teknik');
      await page.fill('#email', 'hanne@kommune.dk');
      expect(await add()).toBe(303);
      expect(new URL(page.url()).pathname).toBe(formPath);
      expect(await summaryHasFocus(page)).toBe(true);
      expect(await text(page.locator('#id-error'))).toContain('p-a');
      expect(await page.inputValue('#email')).toBe('hanne@kommune.dk');
      await checkPage(page, 'organisation-ny-person-fejl');

      await page.fill('#id', 'p-h');
      await page.selectOption('#managerId', 'p-chef');
      await page.selectOption('#experienced', 'ja');
      expect(await click('Tilføj en person', /\/chefgruppen\/organisation\?besked=person-tilfoejet$/)).toBe(303);
      expect(await text(page.locator('main .notice'))).toContain('Personen er tilføjet');
      const hanne = (await organisation()).people.find((person) => person.id === 'p-h');
      expect(hanne).toMatchObject({ name: 'Hanne Krog', email: 'hanne@kommune.dk', managerId: 'p-chef' });
      expect(await goBack(page)).toEqual({ path: formPath, method: 'GET', status: 200, posts: [], dialogs: [] });
    });

    it('edits the person found, on their page', async () => {
      await page.goto(url('/chefgruppen/organisation/personer?q=hanne'));
      await Promise.all([page.waitForURL(/\/personer\/p-h$/), page.getByRole('link', { name: 'Hanne Krog' }).click()]);
      await page.fill('#name', 'Hanne Krog Madsen');
      await page.selectOption('#level', 'chef');
      expect(await click('Gem ændringer', /\/chefgruppen\/organisation\?besked=person-gemt$/)).toBe(303);
      const hanne = (await organisation()).people.find((person) => person.id === 'p-h');
      expect(hanne).toMatchObject({ name: 'Hanne Krog Madsen', level: 'chef' });
    });
  });
  describe('the organisation as a CSV file', () => {
    it('downloads the organisation for Danish Excel, and the file imports again changing nothing', async () => {
      await page.goto(url('/chefgruppen/organisation'));
      const bytes = await download(page.getByRole('link', { name: 'Hent som CSV-fil' }));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      // The optional workplace and staff address last, empty for those who have none.
      expect(lines[0]).toBe(`${HEADER};arbejdsplads;personale_email`);
      expect(lines).toContain(
        'p-dir;Dorte Ærø;dorte@kommune.dk;social;Social og Sundhed;direktør;ja;;g-1;Gruppe 1;ja;da;;',
      );
      expect(lines).toContain('p-h;Hanne Krog Madsen;hanne@kommune.dk;teknik;Teknik og Miljø;chef;ja;p-chef;;;;;;');
      expect(lines.filter(Boolean)).toHaveLength(9);

      await page.goto(url('/chefgruppen/organisation/import'));
      await page.setInputFiles('#fil', { name: 'organisation.csv', mimeType: 'text/csv', buffer: bytes });
      expect(await click('Indlæs', /\/chefgruppen\/organisation\?indlaest=ingen$/)).toBe(303);
      expect(await text(page.locator('main .notice'))).toContain('Intet var ændret');
    });

    it('downloads a template with the headings and one example row, which imports as it is', async () => {
      await page.goto(url('/chefgruppen/organisation/import'));
      const bytes = await download(page.getByRole('link', { name: 'Hent skabelon' }));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
      expect(lines).toEqual([
        `${HEADER};arbejdsplads;personale_email`,
        'p-001;Mette Jensen;mette.jensen@kommune.dk;social;Social og Sundhed;chef;ja;;g-1;Gruppe 1;ja;da;Social og Sundhed, sekretariatet;personale.social@kommune.dk',
      ]);
      await page.setInputFiles('#fil', { name: 'skabelon.csv', mimeType: 'text/csv', buffer: bytes });
      await Promise.all([
        page.waitForURL(/\/chefgruppen\/organisation\/import\/[\w-]+$/),
        page.getByRole('button', { name: 'Indlæs', exact: true }).click(),
      ]);
      expect(await text(page.locator('ul.counts'))).toContain('1 person tilføjes');
      await click('Annullér', /\/chefgruppen\/organisation$/);
    });

    it('keeps both files from anyone but chefgruppen', async () => {
      const facilitator = await (await newContext(browser)).newPage();
      await signIn(facilitator, system.webUrl, 'facilitator', 'p-dir');
      expect((await facilitator.goto(url('/chefgruppen/organisation/eksport')))?.status()).toBe(403);
      expect((await facilitator.goto(url('/chefgruppen/organisation/skabelon')))?.status()).toBe(403);
      await facilitator.close();
    });
  });

  describe('a person’s data', () => {
    it('lets a leader download their own data from “Mine data”', async () => {
      const leader = await (await newContext(browser)).newPage();
      await signIn(leader, system.webUrl, 'leader', 'p-a');
      await Promise.all([leader.waitForURL(/\/mine-data$/), leader.getByRole('link', { name: 'Mine data' }).click()]);
      await checkPage(leader, 'mine-data');
      const data = JSON.parse(
        (await download(leader.getByRole('link', { name: 'Hent mine data (JSON)' }), leader)).toString(),
      );
      expect(data.person).toMatchObject({ id: 'p-a', name: 'Anne Østergård' });
      expect(data.groupIds).toEqual(['g-1']);
      expect(data.events.map((event: { type: string }) => event.type)).toContain('PersonAdded');
      await leader.close();
    });

    it('downloads a person’s data for chefgruppen, then erases it after a page that names what that does', async () => {
      await page.goto(url('/chefgruppen/organisation/personer/p-e'));
      const data = JSON.parse(
        (await download(page.getByRole('link', { name: /Hent alt, hvad der er registreret/ }))).toString(),
      );
      expect(data.person).toMatchObject({ id: 'p-e', name: 'Eva Dahl', email: 'eva@kommune.dk' });

      await Promise.all([
        page.waitForURL(/\/personer\/p-e\/slet$/),
        page.getByRole('link', { name: 'Slet personens persondata' }).click(),
      ]);
      expect(await text(page.locator('h1'))).toBe('Slet persondata for Eva Dahl');
      const consequences = await text(page.locator('#konsekvenser'));
      expect(consequences).toContain('Navn og e-mailadresse kan ikke læses mere');
      expect(consequences).toContain('“slettet person”');
      expect(consequences).toContain('refleksioner ved bekræftelser og begrundelser for fritagelser');
      expect(consequences).toContain('Det kan ikke gøres om');
      expect((await organisation()).people.find((person) => person.id === 'p-e')?.name).toBe('Eva Dahl');
      await checkPage(page, 'organisation-slet-persondata');

      expect(await click('Slet persondata', /\/chefgruppen\/organisation\?besked=persondata-slettet$/)).toBe(303);
      expect(await text(page.locator('main .notice'))).toContain('Personens persondata er slettet');
      const eva = (await organisation()).people.find((person) => person.id === 'p-e');
      expect(eva).toMatchObject({ name: '[slettet / erased]', email: '[slettet / erased]' });
    });
  });
});
