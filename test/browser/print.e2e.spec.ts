import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '@ledelsesrum/auth';
import { repoRoot } from '../../infra/repo-root';
import { checkPage, launchBrowser, newContext, PHONE, SCREENSHOT_DIR, signIn } from '../support/browser';
import { cycleAtStage } from '../support/cycle-over-http';
import { MEETING_DATE } from '../support/dates';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { validatePdfa } from '../support/verapdf';

jest.setTimeout(180_000);

const ORG = organisationFixture(2, 2);
const SUMMARY =
  'Vi talte om **tillid**.\n\n- Første pointe\n- Anden pointe\n\nSe [vejledningen](https://example.org/v).';
const PDF_DIR = join(repoRoot(), 'test-artifacts', 'pdf');

/**
 * A round's documents for the case file, in a real Chromium against the built system: chefgruppen downloads the
 * summary and the record from the round's page, the auditor the record from the timeline, and veraPDF checks all
 * three; the print view of the summary is printed without the site around it; and only the right roles get them.
 */
describe('web interface: the summary and the record as PDF/A, and the print view', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let published = '';
  let unpublished = '';

  beforeAll(async () => {
    mkdirSync(PDF_DIR, { recursive: true });
    system = await startSystem();
    browser = await launchBrowser();
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const stored = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (stored.status !== 200) throw new Error(`organisation: ${stored.status}`);
    published = await cycleAtStage(system, call, ORG.groups, 'meetings_held');
    const summary = await call('POST', `/cycles/${published}/summary`, { token: chef, body: { text: SUMMARY } });
    if (summary.status >= 300) throw new Error(`summary: ${summary.status} ${JSON.stringify(summary.body)}`);
    unpublished = await cycleAtStage(system, call, ORG.groups, 'prep_sent');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  async function signedIn(role: Role, viewport?: typeof PHONE): Promise<Page> {
    const page = await (await newContext(browser, viewport)).newPage();
    await signIn(page, system.webUrl, role);
    return page;
  }

  /** Follows the link with this text and saves what it downloads; returns the file and the name it came with. */
  async function download(page: Page, linkText: string, saveAs: string): Promise<{ file: string; name: string }> {
    const [started] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: linkText }).click(),
    ]);
    const file = join(PDF_DIR, saveAs);
    await started.saveAs(file);
    return { file, name: started.suggestedFilename() };
  }

  it('gives chefgruppen the summary and the record, and the auditor the record, each passing veraPDF as PDF/A-2a', async () => {
    const chef = await signedIn('chefgruppen');
    await chef.goto(`${system.webUrl}/chefgruppen/cykler/${published}`);
    const summary = await download(chef, 'Hent opsamlingen som PDF/A', 'opsamling.pdf');
    const record = await download(chef, 'Hent møderundens forløb som PDF/A', 'forloeb-chefgruppen.pdf');
    const auditor = await signedIn('auditor');
    await auditor.goto(`${system.webUrl}/revision/cykler/${published}`);
    const audited = await download(auditor, 'Hent møderundens forløb som PDF/A', 'forloeb-revision.pdf');

    expect(summary.name).toBe(`opsamling-tværgående-ledelse-${MEETING_DATE}.pdf`);
    expect(record.name).toBe(`forloeb-tværgående-ledelse-${MEETING_DATE}.pdf`);
    expect(audited.name).toBe(record.name);
    const verdicts = await validatePdfa([summary.file, record.file, audited.file], '2a');
    expect(verdicts.map(({ compliant, failedRules }) => ({ compliant, failedRules }))).toEqual([
      { compliant: true, failedRules: [] },
      { compliant: true, failedRules: [] },
      { compliant: true, failedRules: [] },
    ]);
  });

  it('answers with a PDF named in Danish, in ASCII and in RFC 5987 form', async () => {
    const chef = await signedIn('chefgruppen');
    const response = await chef.request.get(`${system.webUrl}/chefgruppen/cykler/${published}/opsamling.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toBe(
      `attachment; filename="opsamling-tvaergaaende-ledelse-${MEETING_DATE}.pdf"; ` +
        `filename*=UTF-8''opsamling-tv%C3%A6rg%C3%A5ende-ledelse-${MEETING_DATE}.pdf`,
    );
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints the summary with its list and the link’s address, without the menu, header or footer', async () => {
    const chef = await signedIn('chefgruppen');
    await chef.goto(`${system.webUrl}/chefgruppen/cykler/${published}`);
    await chef.getByRole('link', { name: 'Udskriv opsamlingen' }).click();
    await checkPage(chef, 'opsamling-udskriv');
    await chef.emulateMedia({ media: 'print' });
    await chef.screenshot({ path: join(SCREENSHOT_DIR, 'opsamling-udskrift.png'), fullPage: true });
    for (const selector of ['body > header', 'body > footer', 'nav', 'p.no-print']) {
      expect({ selector, hidden: await chef.locator(selector).first().isHidden() }).toEqual({ selector, hidden: true });
    }
    const document = chef.locator('article.print-document');
    expect(await document.locator('ul li').allTextContents()).toEqual(['Første pointe', 'Anden pointe']);
    expect(await document.locator('strong', { hasText: 'tillid' }).count()).toBe(1);
    const after = await chef.evaluate<string>(
      'getComputedStyle(document.querySelector(\'article.print-document a[href="https://example.org/v"]\'), "::after").content',
    );
    expect(after).toMatch(/attr\(href\)|https:\/\/example\.org\/v/);
  });

  it('offers the print view and an English PDF on a phone, in English', async () => {
    const chef = await signedIn('chefgruppen', PHONE);
    await chef.goto(`${system.webUrl}/chefgruppen/cykler/${published}/udskriv`);
    await chef.click('a.language');
    expect(await chef.locator('h1').textContent()).toBe('Summary: Tværgående ledelse');
    await checkPage(chef, 'opsamling-udskriv-telefon-en');
    const summary = await download(chef, 'Download the summary as PDF/A', 'summary-en.pdf');
    const [verdict] = await validatePdfa([summary.file], '2a');
    expect(verdict!.compliant).toBe(true);
  });

  it('gives the summary to chefgruppen only, and only once it is published', async () => {
    const paths = [`/chefgruppen/cykler/${published}/opsamling.pdf`, `/chefgruppen/cykler/${published}/udskriv`];
    for (const role of ['facilitator', 'leader', 'auditor'] as const) {
      const page = await signedIn(role);
      for (const path of paths) {
        const response = await page.request.get(`${system.webUrl}${path}`, { maxRedirects: 0 });
        expect({ role, path, status: response.status() }).toEqual({ role, path, status: 403 });
      }
    }
    const nobody = await (await newContext(browser)).newPage();
    for (const path of paths) {
      const response = await nobody.request.get(`${system.webUrl}${path}`, { maxRedirects: 0 });
      expect({ path, status: response.status() }).toEqual({ path, status: 303 });
    }
    const chef = await signedIn('chefgruppen');
    for (const path of [
      `/chefgruppen/cykler/${unpublished}/opsamling.pdf`,
      `/chefgruppen/cykler/${unpublished}/udskriv`,
    ]) {
      const response = await chef.request.get(`${system.webUrl}${path}`);
      expect({ path, status: response.status() }).toEqual({ path, status: 404 });
      expect(await response.text()).toContain('har endnu ingen offentliggjort opsamling');
    }
  });
});
