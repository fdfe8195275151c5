import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newCheckingContext, signIn } from '../support/browser';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { sendForm, summaryHasFocus } from '../support/post-redirect-get';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

const ORG = organisationFixture(2, 3);
const PAGE = '/chefgruppen/offentliggoerelse';

/** Chefgruppen sets the distribution lists on the publication page in Chromium: post/redirect/get, refusals at the row. */
describe('the distribution lists on the publication page', () => {
  let system: SystemUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem({ pieces: ['api'] });
    browser = await launchBrowser();
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const stored = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (stored.status !== 200) throw new Error(`organisation: ${stored.status}`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const field = (page: Page, row: number, name: 'name' | 'address' | 'areaId') =>
    page.locator(`[id="lists.${row}.${name}"]`);
  const save = (page: Page) =>
    sendForm(page, () => page.getByRole('button', { name: 'Gem fordelingslisterne' }).click());

  it('saves the lists typed, shows a refused set again with what was typed, removes a list emptied, and the auditor reads each set', async () => {
    const context = await newCheckingContext(browser);
    const page = await context.newPage();
    await signIn(page, system.webUrl, 'chefgruppen');
    await page.goto(`${system.webUrl}${PAGE}`);
    await expect(page.locator('main').textContent()).resolves.toContain('Der er ingen fordelingslister');

    await field(page, 0, 'name').fill('Alle medarbejdere');
    await field(page, 0, 'address').fill('alle@kommune.dk');
    await field(page, 1, 'name').fill('Skoleområdet');
    await field(page, 1, 'address').fill('skoler@kommune.dk');
    await field(page, 1, 'areaId').selectOption('skole');
    expect(await save(page)).toBe(303);
    expect(new URL(page.url()).searchParams.get('gemt')).toBe('lister');
    await expect(page.locator('main').textContent()).resolves.toContain('2 fordelingslister sat');
    expect(await field(page, 1, 'name').inputValue()).toBe('Skoleområdet');
    expect(await field(page, 1, 'areaId').inputValue()).toBe('skole');
    expect(await field(page, 0, 'areaId').inputValue()).toBe('');

    // A name already taken, whatever its case: back to the page, the error at that row, everything typed kept.
    await field(page, 2, 'name').fill('alle medarbejdere');
    await field(page, 2, 'address').fill('andre@kommune.dk');
    expect(await save(page)).toBe(303);
    expect(new URL(page.url()).pathname).toBe(PAGE);
    expect(await summaryHasFocus(page)).toBe(true);
    expect(await field(page, 2, 'name').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, 2, 'name').inputValue()).toBe('alle medarbejdere');
    expect(await field(page, 2, 'address').inputValue()).toBe('andre@kommune.dk');
    await expect(page.locator('.summary-errors').textContent()).resolves.toContain(
      'Navnet «alle medarbejdere» bruges af to fordelingslister',
    );
    await checkPage(page, 'fordelingslister-afvist');

    // Half a list is neither kept nor dropped: the form says which field is missing.
    await field(page, 2, 'name').fill('');
    expect(await save(page)).toBe(303);
    expect(await field(page, 2, 'name').getAttribute('aria-invalid')).toBe('true');

    // Emptying a list's fields removes it.
    await field(page, 0, 'name').fill('');
    await field(page, 0, 'address').fill('');
    await field(page, 2, 'address').fill('');
    expect(await save(page)).toBe(303);
    await expect(page.locator('main').textContent()).resolves.toContain('1 fordelingsliste sat');
    expect(await field(page, 0, 'name').inputValue()).toBe('Skoleområdet');
    await checkPage(page, 'fordelingslister');
    await context.close();

    // The auditor's timeline of the publication stream names each set, the lists and whom they reach.
    const audit = await newCheckingContext(browser);
    const auditPage = await audit.newPage();
    await signIn(auditPage, system.webUrl, 'auditor');
    await auditPage.goto(`${system.webUrl}/revision`);
    const rows = auditPage.locator('section[aria-labelledby=offentliggoerelse] tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.last().textContent()).resolves.toContain(
      'Fordelingslister sat af udvikler-chefgruppen: «Skoleområdet» <skoler@kommune.dk> (området skole)',
    );
    await audit.close();
  });
});
