import { createHash } from 'node:crypto';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Browser, Page } from 'playwright-core';
import { checkPage, launchBrowser, newCheckingContext, signIn } from '../support/browser';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

const ORG = organisationFixture(2, 3);

/**
 * The staff's Atom feed as an intranet portal pulls it: chefgruppen makes its token on the publication page in
 * Chromium, the feed is fetched over HTTP from the built process and read by a maintained feed parser; a wrong,
 * missing or replaced token is refused, and no token reaches the log.
 */
describe('the staff’s Atom feed of published summaries, authorised by a token chefgruppen rotates', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let published: string;
  let notYet: string;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const stored = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (stored.status !== 200) throw new Error(`organisation: ${stored.status}`);
    published = await cycleAtStage(system, call, ORG.groups, 'summary_published');
    notYet = await cycleAtStage(system, call, ORG.groups, 'meetings_held');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** Makes a new token on the publication page; the address it shows once. */
  async function rotate(page: Page): Promise<string> {
    await page.goto(`${system.webUrl}/chefgruppen/offentliggoerelse`);
    await Promise.all([
      page.waitForURL(`${system.webUrl}/chefgruppen/offentliggoerelse/feed-token`),
      page.getByRole('button', { name: 'Lav et nyt token' }).click(),
    ]);
    return (await page.locator('.feed-address code').textContent())!;
  }

  const feedAt = (address: string) => address.replace(/^https?:\/\/[^/]+/, system.webUrl);

  it('serves only published summaries to the current token, and refuses a wrong, missing or replaced one, made on the page or through the API', async () => {
    const context = await newCheckingContext(browser);
    const page = await context.newPage();
    await signIn(page, system.webUrl, 'chefgruppen');
    await page.goto(`${system.webUrl}/chefgruppen/offentliggoerelse`);
    await expect(page.locator('main').textContent()).resolves.toContain('Der er endnu ikke lavet et token');
    expect((await fetch(`${system.webUrl}/feed/opsamlinger.atom`)).status).toBe(401);

    const first = await rotate(page);
    await checkPage(page, 'offentliggoerelse-nyt-token');
    const token = new URL(first).searchParams.get('token')!;
    expect(token).toMatch(/^[\w-]{43}$/);

    const answer = await fetch(feedAt(first));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const feed = parseFeed(await answer.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Ledelsesrum: opsamlinger fra møderunderne');
    expect(feed.items.map((item) => item.url)).toEqual([new URL(`/medarbejder/cykler/${published}`, first).href]);
    const [entry] = feed.items;
    expect(entry!.id).toMatch(new RegExp(`^tag:[^,]+,\\d{4}-\\d{2}-\\d{2}:opsamling/${published}$`));
    expect(entry!.title).toBe('Tværgående ledelse');
    expect(entry!.content).toContain('Opsamling');
    expect(entry!.updated).toBeInstanceOf(Date);
    expect(feed.items.some((item) => item.url?.endsWith(notYet))).toBe(false);

    const wrong = new URL(feedAt(first));
    wrong.searchParams.set('token', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    expect((await fetch(wrong)).status).toBe(401);

    await page.goto(`${system.webUrl}/chefgruppen/offentliggoerelse`);
    await expect(page.locator('main').textContent()).resolves.toContain('Det gældende token blev lavet');
    expect(await page.locator('.feed-address').count()).toBe(0);
    const second = await rotate(page);
    expect((await fetch(feedAt(first))).status).toBe(401);
    expect((await fetch(feedAt(second))).status).toBe(200);

    const chef = await system.token('chef-1', 'chefgruppen');
    const rotated = await apiClient(system.baseUrl)('POST', '/publication/feed-token', { token: chef });
    expect(rotated.status).toBe(200);
    expect(rotated.body.feedUrl).toBe(new URL(`/feed/opsamlinger.atom?token=${rotated.body.token}`, first).href);
    expect((await fetch(feedAt(second))).status).toBe(401);
    expect((await fetch(feedAt(rotated.body.feedUrl))).status).toBe(200);

    for (const address of [first, second, rotated.body.feedUrl as string]) {
      expect(system.logs()).not.toContain(new URL(address).searchParams.get('token'));
    }
    await context.close();
  });

  it('records each new token as an event holding only its hash, which the auditor’s start page shows', async () => {
    const context = await newCheckingContext(browser);
    const page = await context.newPage();
    await signIn(page, system.webUrl, 'chefgruppen');
    const token = new URL(await rotate(page)).searchParams.get('token')!;
    await context.close();

    const auditor = await system.token('revisor-1', 'auditor');
    const exported = await fetch(`${system.baseUrl}/audit/export?stream=publication&format=jsonl`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    const events = (await exported.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; data: { tokenHash: string; rotatedBy: string } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.type === 'StaffFeedTokenRotated')).toBe(true);
    expect(events.at(-1)!.data).toMatchObject({
      tokenHash: createHash('sha256').update(token).digest('hex'),
      rotatedBy: 'udvikler-chefgruppen',
    });
    expect(JSON.stringify(events)).not.toContain(token);

    const audit = await newCheckingContext(browser);
    const auditPage = await audit.newPage();
    await signIn(auditPage, system.webUrl, 'auditor');
    await auditPage.goto(`${system.webUrl}/revision`);
    const rows = auditPage.locator('section[aria-labelledby=offentliggoerelse] tbody tr');
    await expect(rows.count()).resolves.toBe(events.length);
    await expect(rows.last().textContent()).resolves.toContain(
      'Nyt token til medarbejdernes feed lavet af udvikler-chefgruppen',
    );
    await audit.close();
  });
});
