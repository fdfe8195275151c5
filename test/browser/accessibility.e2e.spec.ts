import type { Browser, Page } from 'playwright-core';
import { ConfirmLinks, WorkplaceLinks, type Role } from '@ledelsesrum/auth';
import { checkPage, DESKTOP, launchBrowser, newCheckingContext, PHONE, signIn } from '../support/browser';
import { cycleAtStage } from '../support/cycle-over-http';
import { checkWithHtmlCodeSniffer } from '../support/html-codesniffer';
import { sentNow } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(900_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);
type Reader = Role | 'nobody';

/** The cycles the pages show, one at each stage that has pages or forms of its own. */
interface Cycles {
  readonly launched: string;
  readonly agendaSet: string;
  readonly prepSent: string;
  readonly meetingsHeld: string;
  readonly published: string;
  /** Published; p-1-2 and p-1-3 have confirmed, chefgruppen has released p-2-3. */
  readonly confirmed: string;
  /** The personal link of p-1-3 for the published cycle. */
  readonly link: string;
  /** The personal link of p-1-3 for the cycle where p-1-3 has confirmed. */
  readonly confirmedLink: string;
  /** The workplace page of p-1-2 for the published cycle, as the leader's message to their staff links to it. */
  readonly workplace: string;
}

/**
 * A page as one reader sees it. `emptyForm` names a form (by its action's end) that is sent once with every text and
 * date field emptied, to check the page that shows the errors; only forms that change nothing when refused.
 */
interface PageVisit {
  readonly name: string;
  readonly path: (cycles: Cycles) => string;
  /** What leads on from `path` to the page, for a page that answers a form (the ask-first previews). */
  readonly then?: (page: Page) => Promise<void>;
  readonly emptyForm?: string;
  /** The page is an error page (its status 400 or more); every other page answers 200. */
  readonly error?: true;
}

/** Fills `field` and sends the form whose action ends with `action`: a preview, which changes nothing. */
const previewFrom =
  (action: string, field: string, text: string) =>
  async (page: Page): Promise<void> => {
    const before = page.url();
    await page.fill(field, text);
    await Promise.all([
      page.waitForURL((url) => url.toString() !== before),
      page.locator(`main form[action$="${action}"] button[type=submit]`).last().click(),
    ]);
  };

/** Loads the organisation's own export with one new person on the import page: the preview, which changes nothing. */
async function importPreview(page: Page): Promise<void> {
  const exported = await page.request.get(new URL('/chefgruppen/organisation/eksport', page.url()).toString());
  const rows = (await exported.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const newcomer = rows[rows.length - 1]!.split(';');
  newcomer.splice(0, 3, 'p-ny', 'Nina Ny', 'nina@kommune.dk');
  newcomer.splice(7, 4, '', '', '', '');
  await page.fill('#csv', [...rows, newcomer.join(';')].join('\n'));
  await Promise.all([
    page.waitForURL(/\/chefgruppen\/organisation\/import\/[\w-]+$/),
    page.locator('main form:has(#csv) button[type=submit]').last().click(),
  ]);
}

/** Loads the organisation's own export with one e-mail address broken: the import form again, with its report. */
async function refusedImport(page: Page): Promise<void> {
  const exported = await page.request.get(new URL('/chefgruppen/organisation/eksport', page.url()).toString());
  const text = (await exported.text()).replace(/^\uFEFF/, '').replace('@kommune.dk', '-at-kommune');
  await page.fill('#csv', text);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.has('afvist')),
    page.locator('main form:has(#csv) button[type=submit]').last().click(),
  ]);
}

/** Makes a new token for the staff feed: the page then shows the feed's new address once. */
async function newFeedToken(page: Page): Promise<void> {
  await Promise.all([
    page.waitForURL(/\/offentliggoerelse\/feed-token$/),
    page.locator('main form[action$="/feed-token"] button[type=submit]').click(),
  ]);
}

/** Sends the workplace page's answer a character longer than it takes: the page with its error, nothing recorded. */
async function overlongAnswer(page: Page): Promise<void> {
  await page.locator('#answer').evaluate((field) => field.removeAttribute('maxlength'));
  await page.fill('#answer', 'x'.repeat(1_001));
  await Promise.all([page.waitForEvent('load'), page.locator('main form button[type=submit]').last().click()]);
  expect(await page.locator('#answer[aria-invalid="true"]').count()).toBe(1);
}

/**
 * Fills the first distribution list (a name, and an address unless `address` is empty) and saves the lists: saved, the
 * page with the list; without an address, the form again with its error.
 */
const distributionList =
  (address: string) =>
  async (page: Page): Promise<void> => {
    await page.fill('[id="lists.0.name"]', 'Alle medarbejdere');
    await page.fill('[id="lists.0.address"]', address);
    await Promise.all([
      page.waitForURL(address ? /gemt=lister/ : /\/offentliggoerelse$/),
      page.locator('main form[action$="/lister"] button[type=submit]').click(),
    ]);
  };

/** Every page of the web interface for each reader, the error pages and the personal-link pages included. */
const PAGES: Readonly<Record<Reader, readonly PageVisit[]>> = {
  nobody: [
    { name: 'log-ind', path: () => '/log-ind' },
    { name: 'tilgaengelighed', path: () => '/tilgaengelighed' },
    { name: 'personligt-link', path: (c) => `/bekraeft/${c.link}`, emptyForm: `/bekraeft/` },
    { name: 'personligt-link-ugyldigt', path: () => '/bekraeft/ikke-et-link', error: true },
    { name: 'personligt-link-ret', path: (c) => `/bekraeft/${c.confirmedLink}/ret`, emptyForm: '/ret' },
    {
      name: 'personligt-link-traek-tilbage',
      path: (c) => `/bekraeft/${c.confirmedLink}/traek-tilbage`,
      emptyForm: '/traek-tilbage',
    },
    { name: 'arbejdsplads', path: (c) => `/arbejdsplads/${c.workplace}` },
    { name: 'arbejdsplads-fejl', path: (c) => `/arbejdsplads/${c.workplace}`, then: overlongAnswer },
  ],
  chefgruppen: [
    { name: 'chefgruppen', path: () => '/chefgruppen' },
    { name: 'chefgruppen-ny', path: () => '/chefgruppen/cykler/ny', emptyForm: '/chefgruppen/cykler/ny' },
    { name: 'chefgruppen-startet', path: (c) => `/chefgruppen/cykler/${c.launched}` },
    { name: 'chefgruppen-dagsorden', path: (c) => `/chefgruppen/cykler/${c.launched}/dagsorden` },
    { name: 'chefgruppen-dagsorden-sat', path: (c) => `/chefgruppen/cykler/${c.agendaSet}` },
    { name: 'chefgruppen-forberedelse-vis', path: (c) => `/chefgruppen/cykler/${c.agendaSet}/forberedelse` },
    { name: 'chefgruppen-forberedt', path: (c) => `/chefgruppen/cykler/${c.prepSent}` },
    {
      name: 'chefgruppen-dagsorden-rettelse',
      path: (c) => `/chefgruppen/cykler/${c.prepSent}/dagsorden/rettelse`,
    },
    { name: 'chefgruppen-aflys', path: (c) => `/chefgruppen/cykler/${c.prepSent}/aflys` },
    {
      name: 'chefgruppen-moeder-holdt',
      path: (c) => `/chefgruppen/cykler/${c.meetingsHeld}`,
      emptyForm: '/opsamling/forhaandsvisning',
    },
    {
      name: 'chefgruppen-opsamling-vis',
      path: (c) => `/chefgruppen/cykler/${c.meetingsHeld}`,
      then: previewFrom('/opsamling/forhaandsvisning', '#summaryText', 'Vi talte om arbejdspres.\n\n- lytter'),
    },
    { name: 'chefgruppen-offentliggjort', path: (c) => `/chefgruppen/cykler/${c.published}`, emptyForm: '/fritag' },
    {
      name: 'chefgruppen-luk-vis',
      path: (c) => `/chefgruppen/cykler/${c.published}`,
      then: previewFrom('/luk/bekraeft', '#closeReason', 'Fristen er overskredet'),
    },
    {
      name: 'chefgruppen-fritaget',
      path: (c) => `/chefgruppen/cykler/${c.confirmed}`,
      emptyForm: '/fortryd-fritagelse',
    },
    {
      name: 'chefgruppen-moede-ret',
      path: (c) => `/facilitator/cykler/${c.published}/grupper/g-1/ret`,
      emptyForm: '/grupper/g-1/ret',
    },
    { name: 'chefgruppen-udskriv', path: (c) => `/chefgruppen/cykler/${c.published}/udskriv` },
    { name: 'chefgruppen-ukendt', path: () => '/chefgruppen/cykler/00000000-0000-4000-8000-000000000000', error: true },
    { name: 'organisation', path: () => '/chefgruppen/organisation' },
    { name: 'organisation-indlaes', path: () => '/chefgruppen/organisation/import', emptyForm: '/import' },
    { name: 'organisation-indlaes-vis', path: () => '/chefgruppen/organisation/import', then: importPreview },
    { name: 'organisation-indlaes-afvist', path: () => '/chefgruppen/organisation/import', then: refusedImport },
    { name: 'organisation-personer', path: () => '/chefgruppen/organisation/personer' },
    { name: 'organisation-soeg', path: () => '/chefgruppen/organisation/personer?q=p-1' },
    { name: 'organisation-soeg-intet', path: () => '/chefgruppen/organisation/personer?q=ingen+s%C3%A5dan' },
    { name: 'organisation-ny-person', path: () => '/chefgruppen/organisation/ny-person', emptyForm: '/ny-person' },
    { name: 'organisation-slet', path: () => '/chefgruppen/organisation/personer/p-2-3/slet' },
    { name: 'organisation-sammensaet', path: () => '/chefgruppen/organisation/sammensaet' },
    { name: 'organisation-person', path: () => '/chefgruppen/organisation/personer/p-1-2' },
    { name: 'organisation-fratraed', path: () => '/chefgruppen/organisation/personer/p-1-2/fratraed' },
    { name: 'organisation-flyt', path: () => '/chefgruppen/organisation/personer/p-1-2/flyt' },
    { name: 'organisation-facilitator', path: () => '/chefgruppen/organisation/grupper/g-1/facilitator' },
    { name: 'chefgruppen-revision', path: (c) => `/revision/cykler/${c.published}` },
    { name: 'offentliggoerelse', path: () => '/chefgruppen/offentliggoerelse' },
    { name: 'offentliggoerelse-nyt-token', path: () => '/chefgruppen/offentliggoerelse', then: newFeedToken },
    {
      name: 'offentliggoerelse-lister',
      path: () => '/chefgruppen/offentliggoerelse',
      then: distributionList('alle@kommune.dk'),
    },
    { name: 'offentliggoerelse-lister-fejl', path: () => '/chefgruppen/offentliggoerelse', then: distributionList('') },
  ],
  facilitator: [
    { name: 'facilitator', path: () => '/facilitator' },
    {
      name: 'facilitator-moede',
      path: (c) => `/facilitator/cykler/${c.prepSent}/grupper/g-1`,
      emptyForm: '/grupper/g-1',
    },
    {
      name: 'facilitator-moede-ret',
      path: (c) => `/facilitator/cykler/${c.meetingsHeld}/grupper/g-1/ret`,
      emptyForm: '/grupper/g-1/ret',
    },
    { name: 'facilitator-ingen-adgang', path: () => '/chefgruppen', error: true },
  ],
  leader: [
    { name: 'leder', path: () => '/leder' },
    { name: 'leder-forberedelse', path: (c) => `/leder/cykler/${c.prepSent}` },
    { name: 'leder-bekraeft', path: (c) => `/leder/cykler/${c.published}`, emptyForm: '/bekraeft' },
    { name: 'leder-bekraeftet', path: (c) => `/leder/cykler/${c.confirmed}` },
    { name: 'leder-refleksion', path: (c) => `/leder/cykler/${c.published}`, emptyForm: '/refleksion' },
    { name: 'leder-ret', path: (c) => `/leder/cykler/${c.confirmed}/ret`, emptyForm: '/ret' },
    {
      name: 'leder-traek-tilbage',
      path: (c) => `/leder/cykler/${c.confirmed}/traek-tilbage`,
      emptyForm: '/traek-tilbage',
    },
    { name: 'mine-data', path: () => '/mine-data' },
  ],
  auditor: [
    { name: 'revision', path: () => '/revision' },
    { name: 'revision-kontrol', path: () => '/revision/kontrol' },
    { name: 'revision-tidslinje', path: (c) => `/revision/cykler/${c.published}` },
  ],
  employee: [
    { name: 'medarbejder', path: () => '/medarbejder' },
    { name: 'medarbejder-side', path: (c) => `/medarbejder/cykler/${c.published}` },
    { name: 'medarbejder-udskrift', path: (c) => `/medarbejder/cykler/${c.published}/udskriv` },
    { name: 'medarbejder-ingen-adgang', path: () => '/leder', error: true },
  ],
};

/** Who signs in for each role: the facilitator facilitates g-1, the leader is a member of it. */
const PERSON: Record<Role, string | undefined> = {
  chefgruppen: undefined,
  facilitator: 'p-1-1',
  leader: 'p-1-2',
  auditor: undefined,
  employee: undefined,
};

const VIEWS = [
  { screen: 'desktop', viewport: DESKTOP, language: 'da' },
  { screen: 'desktop', viewport: DESKTOP, language: 'en' },
  { screen: 'telefon', viewport: PHONE, language: 'da' },
  { screen: 'telefon', viewport: PHONE, language: 'en' },
] as const;

/**
 * Every page for every reader, at desktop and phone width, in Danish and English, with and without form errors, in a
 * Chromium whose own language is English: each is checked by axe-core and by HTML_CodeSniffer, and reflows (nothing
 * scrolls sideways at the phone's width). Zero errors from either.
 */
describe('accessibility: every page × every reader × desktop and phone × Danish and English', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let cycles: Cycles;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser({ uiLanguage: 'en-US' });
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const stored = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (stored.status !== 200) throw new Error(`organisation: ${stored.status}`);
    const published = await cycleAtStage(system, call, ORG.groups, 'summary_published');
    const confirmed = await cycleAtStage(system, call, ORG.groups, 'summary_published');
    for (const person of ['p-1-2', 'p-1-3']) {
      const token = await system.token(person, 'leader');
      const body = sentNow('passedOnAt', { channel: 'personalemøde' });
      const answer = await call('POST', `/cycles/${confirmed}/cascades/${person}`, { token, body });
      if (answer.status >= 300) throw new Error(`confirm ${person}: ${answer.status}`);
    }
    const release = { token: chef, body: { reason: 'Orlov' } };
    const released = await call('POST', `/cycles/${confirmed}/cascades/p-2-3/release`, release);
    if (released.status >= 300) throw new Error(`release: ${released.status}`);
    const links = new ConfirmLinks(system.secret);
    const link = (cycleId: string) =>
      links.sign({ cycleId, personId: 'p-1-3', expiresAt: new Date(Date.now() + 30 * 86_400_000) });
    cycles = {
      launched: await cycleAtStage(system, call, ORG.groups, 'launched'),
      agendaSet: await cycleAtStage(system, call, ORG.groups, 'agenda_set'),
      prepSent: await cycleAtStage(system, call, ORG.groups, 'prep_sent'),
      meetingsHeld: await cycleAtStage(system, call, ORG.groups, 'meetings_held'),
      published,
      confirmed,
      link: await link(published),
      confirmedLink: await link(confirmed),
      workplace: await new WorkplaceLinks(system.secret).sign({ cycleId: published, leaderId: 'p-1-2' }),
    };
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const readers = Object.keys(PAGES) as Reader[];
  const runs = VIEWS.flatMap((view) => readers.map((reader) => ({ ...view, reader })));

  it.each(runs)('$reader on $screen in $language', async ({ reader, viewport, language, screen }) => {
    const context = await newCheckingContext(browser, viewport);
    const page = await context.newPage();
    if (reader !== 'nobody') await signIn(page, system.webUrl, reader, PERSON[reader]);
    await page.goto(`${system.webUrl}/sprog/${language}?tilbage=/`);
    for (const visit of PAGES[reader]) {
      const name = `a11y-${reader}-${visit.name}-${screen}-${language}`;
      const answer = await page.goto(`${system.webUrl}${visit.path(cycles)}`);
      expect(answer!.status() >= 400).toBe(visit.error === true);
      await visit.then?.(page);
      expect(await page.getAttribute('html', 'lang')).toBe(visit.name.startsWith('personligt-link') ? 'da' : language);
      await checkAll(page, name, viewport.width);
      if (visit.emptyForm) {
        await sendEmpty(page, visit.emptyForm);
        expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
        await checkAll(page, `${name}-fejl`, viewport.width);
      }
    }
    await context.close();
  });
});

async function checkAll(page: Page, name: string, width: number): Promise<void> {
  // Reflow (WCAG 1.4.10): the page fits its width; a wide table scrolls inside its own box.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  await checkPage(page, name);
  await checkWithHtmlCodeSniffer(page, name);
}

/** Empties every text and date field of the form whose action ends with `action`, and sends it as it is. */
async function sendEmpty(page: Page, action: string): Promise<void> {
  const form = page
    .locator(`main form[method=post][action$="${action}"], main form[method=post]:not([action])`)
    .first();
  await form.evaluate((element) => {
    const fields = element as unknown as {
      noValidate: boolean;
      querySelectorAll(selector: string): Iterable<{ value: string }>;
    };
    fields.noValidate = true;
    for (const field of fields.querySelectorAll(
      'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea',
    )) {
      field.value = '';
    }
  });
  await Promise.all([page.waitForEvent('load'), form.locator('button[type=submit]').last().click()]);
}
