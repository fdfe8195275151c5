import type { Browser } from 'playwright-core';
import { checkPage, launchBrowser, newContext, PHONE } from '../support/browser';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

// Chromium and axe on a shared machine take more than Jest's default five seconds per page.
jest.setTimeout(60_000);

/** The way in, the language switch and the accessibility statement, in a real Chromium, each page checked with axe. */
describe('web interface: sign-in and the site’s own pages', () => {
  let system: SystemUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    system = await startSystem();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('sends a visitor who is not signed in to the sign-in page, and back to where they were going after it', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${system.webUrl}/chefgruppen`);
    expect(new URL(page.url()).pathname).toBe('/log-ind');
    expect(await page.locator('h1').textContent()).toBe('Log ind');
    await checkPage(page, 'log-ind');
    await page.selectOption('#role', 'chefgruppen');
    await page.click('button[type=submit]');
    expect(new URL(page.url()).pathname).toBe('/chefgruppen');
  });

  it('switches the whole page to English and remembers it', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${system.webUrl}/log-ind`);
    await page.click('a.language');
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await checkPage(page, 'log-ind-en');
    await page.goto(`${system.webUrl}/tilgaengelighed`);
    expect(await page.locator('h1').textContent()).toBe('Accessibility statement');
  });

  it('publishes the accessibility statement, saying what was tested, on a phone screen too', async () => {
    const page = await (await newContext(browser, PHONE)).newPage();
    await page.goto(`${system.webUrl}/tilgaengelighed`);
    expect(await page.locator('h1').textContent()).toBe('Tilgængelighedserklæring');
    const text = await page.locator('main').textContent();
    expect(text).toContain('WCAG 2.1 niveau AA');
    expect(text).toContain('axe-core');
    expect(text).toContain('Digitaliseringsstyrelsen');
    // Nothing scrolls sideways on a phone.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'tilgaengelighed-telefon');
    // The sections of Digitaliseringsstyrelsen's template, and where to complain.
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual([
      'Overholdelsesstatus',
      'Ikke-tilgængeligt indhold',
      'Udarbejdelse af denne tilgængelighedserklæring',
      'Feedback og kontaktoplysninger',
      'Håndhævelsesprocedure',
    ]);
    expect(await page.locator('main a[href^="https://digst.dk/"]').count()).toBe(1);
    // Reflow (WCAG 1.4.10): at 320 CSS pixels nothing scrolls sideways either.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
  });

  it('shows the sign-in form again with the error at the field when the role is missing', async () => {
    const response = await fetch(`${system.webUrl}/log-ind`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=konge',
      redirect: 'manual',
    });
    // Post/Redirect/Get: back to the form's page, the refusal in a sealed cookie that page reads once.
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/log-ind');
    const flash = response.headers.get('set-cookie')!.split(';')[0]!;
    expect(flash).not.toContain('konge');
    const shown = await fetch(`${system.webUrl}/log-ind`, { headers: { cookie: flash } });
    expect(shown.status).toBe(200);
    const page = await shown.text();
    expect(page).toContain('id="role-error"');
    expect(page).toContain('vælg en rolle');
  });

  it('accepts the session cookie on the pages only: the API still wants a bearer token', async () => {
    const signIn = await fetch(`${system.webUrl}/log-ind`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=chefgruppen',
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers.getSetCookie().find((value) => value.startsWith('ledelsesrum_session='))!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const session = cookie.split(';')[0]!;
    expect((await fetch(`${system.baseUrl}/cycles`, { headers: { cookie: session } })).status).toBe(401);
    expect((await fetch(`${system.webUrl}/chefgruppen`, { headers: { cookie: session } })).status).toBe(200);
  });

  it('refuses a form posted without the session’s token, or from another site', async () => {
    const signIn = await fetch(`${system.webUrl}/log-ind`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=chefgruppen',
      redirect: 'manual',
    });
    const session = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const withoutToken = await fetch(`${system.webUrl}/log-ud`, {
      method: 'POST',
      headers: { cookie: session, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    expect(withoutToken.status).toBe(403);
    const fromElsewhere = await fetch(`${system.webUrl}/log-ind`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=chefgruppen',
      redirect: 'manual',
    });
    expect(fromElsewhere.status).toBe(403);
  });

  it('serves Det Fælles Designsystem and our stylesheet from this site under versioned addresses, cached for a year', async () => {
    const page = await (await newContext(browser)).newPage();
    const loaded: string[] = [];
    page.on('response', (response) => loaded.push(response.url()));
    await page.goto(`${system.webUrl}/log-ind`);
    const stylesheets = await page
      .locator('link[rel=stylesheet]')
      .evaluateAll((links) => links.map((link) => (link as unknown as { href: string }).href));
    expect(stylesheets.map((href) => new URL(href).pathname)).toEqual([
      expect.stringMatching(/^\/assets\/dkfds-11\.2\.0\/css\/dkfds\.min\.css$/),
      expect.stringMatching(/^\/assets\/[0-9a-f]{16}\/ledelsesrum\.css$/),
    ]);
    // The design system's font is loaded from here too: nothing from another site.
    expect(await page.evaluate('document.fonts.check("16px IBM Plex Sans")')).toBe(true);
    expect(loaded.every((url) => url.startsWith(system.webUrl))).toBe(true);
    for (const href of stylesheets) {
      const answer = await fetch(href, { headers: { 'accept-encoding': 'gzip' } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.get('content-encoding')).toBe('gzip');
    }
    const stale = stylesheets[1]!.replace(/[0-9a-f]{16}/, '0000000000000000');
    expect((await fetch(stale)).status).toBe(404);
    expect((await fetch(`${system.webUrl}/assets/dkfds-11.2.0/js/dkfds.min.js`)).status).toBe(404);
  });

  it('compresses the pages, and has an icon and a robots.txt that keeps search engines out', async () => {
    const page = await fetch(`${system.webUrl}/log-ind`, { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    const icon = await fetch(`${system.webUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toContain('<svg');
    const robots = await fetch(`${system.webUrl}/robots.txt`);
    expect(robots.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await robots.text()).toBe('User-agent: *\nDisallow: /\n');
  });
});
