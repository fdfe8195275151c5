import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PendingSignIns } from '@ledelsesrum/auth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../infra/temporal-dev-server';
import { checkPage, launchBrowser, newContext, PHONE } from '../support/browser';
import { startOidcProvider, type OidcTestProvider } from '../support/oidc-test-provider';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(120_000);

/** One Chromium for the whole file; every test opens its own context (no cookies, no provider session). */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const API = 'urn:ledelsesrum:api';
const CLIENT_ID = 'ledelsesrum-web';
const SESSION_COOKIE = 'ledelsesrum_session';
const PENDING_COOKIE = 'ledelsesrum_oidc';

/**
 * Signing in to the web interface through a real OpenID provider (oidc-provider, with its own login form), in a real
 * Chromium against the built API: the authorization code flow with PKCE as a person goes through it. Only our own
 * pages are checked with axe; the provider's login form is the provider's business.
 */
describe('web interface: sign-in through the organisation’s OpenID Connect provider', () => {
  let provider: OidcTestProvider;
  let system: SystemUnderTest;
  /**
   * PUBLIC_URL: the redirect URI registered at the provider must name the port before the API starts. `localhost`
   * while the provider is at 127.0.0.1: another site, so the attempt's SameSite=Lax cookie must survive a cross-site
   * return, as it must from Entra ID or Keycloak.
   */
  let webUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    webUrl = `http://localhost:${port}`;
    provider = await startOidcProvider({
      clients: [],
      resources: [{ indicator: API, audience: API, alg: 'RS256' }],
      webClients: [
        {
          clientId: CLIENT_ID,
          tokenAuthMethod: 'client_secret_basic',
          redirectUris: [`${webUrl}/log-ind/oidc/callback`],
        },
      ],
      accounts: [
        { login: 'cecilie', claims: { name: 'Cecilie Chef', roles: ['ledelsesrum-chefgruppe'] } },
        { login: 'rasmus', claims: { name: 'Rasmus Revisor', roles: ['ledelsesrum-revision'] } },
        { login: 'olga', claims: { name: 'Olga Udenfor', roles: ['fagsystem-bruger'] } },
      ],
    });
    system = await startSystem({
      pieces: ['api'],
      env: {
        PORT: String(port),
        PUBLIC_URL: webUrl,
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: API,
        OIDC_ROLE_MAP: 'ledelsesrum-chefgruppe=chefgruppen,ledelsesrum-revision=auditor',
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: provider.clientSecret(CLIENT_ID),
      },
    });
  });

  afterAll(async () => {
    await system?.stop();
    await provider?.stop();
  });

  /** From our sign-in page to the provider's login form, by the "Log ind" button. */
  async function toProviderLogin(page: Page, path = '/log-ind'): Promise<void> {
    await page.goto(`${webUrl}${path}`);
    await Promise.all([
      page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/interaction/`)),
      page.getByRole('link', { name: 'Log ind', exact: true }).click(),
    ]);
  }

  /** Fills in the provider's own login form (any password) and waits to be back on our site. */
  async function loginAtProvider(page: Page, login: string): Promise<void> {
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'any password');
    await Promise.all([page.waitForURL((url) => url.href.startsWith(webUrl)), page.click('button[type=submit]')]);
  }

  async function cookieNames(context: BrowserContext): Promise<string[]> {
    return (await context.cookies(webUrl)).map((cookie) => cookie.name);
  }

  it('offers the organisation’s login only, signs in at the provider and lands on the role’s start page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${webUrl}/log-ind`);
    // Development tokens are off with a provider configured: no development sign-in form.
    expect(await page.locator('form[action="/log-ind"]').count()).toBe(0);
    await checkPage(page, 'oidc-log-ind');
    const authorization = page.waitForRequest((request) => request.url().startsWith(`${provider.issuer}/auth?`));

    await toProviderLogin(page);
    const asked = new URL((await authorization).url()).searchParams;
    const pending = (await context.cookies(webUrl)).find((cookie) => cookie.name === PENDING_COOKIE);
    await loginAtProvider(page, 'cecilie');

    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('redirect_uri')).toBe(`${webUrl}/log-ind/oidc/callback`);
    expect(pending).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(pending!.expires - Date.now() / 1000).toBeLessThanOrEqual(600);
    expect(pending!.expires - Date.now() / 1000).toBeGreaterThan(500);
    expect(new URL(page.url()).pathname).toBe('/chefgruppen');
    await expect(page.locator('header .portal-user').textContent()).resolves.toContain('Cecilie Chef');
    const session = (await context.cookies(webUrl)).find((cookie) => cookie.name === SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await cookieNames(context)).not.toContain(PENDING_COOKIE);
    // This provider gives the client no refresh token: the log says what that means for role changes.
    expect(readFileSync(join(system.dataDir, 'api.log'), 'utf8')).toContain(
      'udbyderen gav intet refresh token, så roller ændres først ved næste login',
    );
    await context.close();
  });

  it('brings a person back to the page they were going to (tilbage)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${webUrl}/revision`);
    expect(new URL(page.url()).pathname).toBe('/log-ind');

    await toProviderLogin(page, new URL(page.url()).pathname + new URL(page.url()).search);
    await loginAtProvider(page, 'rasmus');

    expect(new URL(page.url()).pathname).toBe('/revision');
    await expect(page.locator('header .portal-user').textContent()).resolves.toContain('Rasmus Revisor');
    await context.close();
  });

  it('refuses an answer whose state was tampered with, and starts no session', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // The state sent to the provider (and so the one it sends back) is changed on the way; the cookie keeps the real
    // one. (Playwright routes only the first request of a redirect chain, so this is where it can be changed.)
    await page.route(
      (url) => url.pathname === '/log-ind/oidc',
      async (route) => {
        const response = await route.fetch({ maxRedirects: 0 });
        const location = new URL(response.headers()['location']!);
        location.searchParams.set('state', `${location.searchParams.get('state')}-tampered`);
        await route.fulfill({ response, headers: { ...response.headers(), location: location.href } });
      },
    );
    await toProviderLogin(page);

    await loginAtProvider(page, 'cecilie');

    await expect(page.locator('h1').textContent()).resolves.toBe('Svaret passer ikke til dit login');
    expect(await cookieNames(context)).not.toContain(SESSION_COOKIE);
    expect(await cookieNames(context)).not.toContain(PENDING_COOKIE);
    await checkPage(page, 'oidc-forkert-state');
    await context.close();
  });

  it('signs in a person with none of our other roles as an employee, who lands on the staff pages, on a phone too', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await toProviderLogin(page);

    await loginAtProvider(page, 'olga');

    await page.waitForURL(`${webUrl}/medarbejder`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Nyt fra møderunderne');
    await expect(page.locator('.portal-user').textContent()).resolves.toContain('Medarbejder');
    expect(await cookieNames(context)).toContain(SESSION_COOKIE);
    expect((await page.goto(`${webUrl}/leder`))!.status()).toBe(403);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await checkPage(page, 'oidc-medarbejder-telefon');
    await context.close();
  });

  it('says so when the person cancels at the provider (access_denied), offering to try again', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await toProviderLogin(page, '/log-ind?tilbage=%2Frevision');

    await Promise.all([
      page.waitForURL((url) => url.href.startsWith(webUrl)),
      page.getByRole('link', { name: '[ Cancel ]' }).click(),
    ]);

    await expect(page.locator('h1').textContent()).resolves.toBe('Login blev afbrudt');
    expect(await page.getAttribute('a.button', 'href')).toBe('/log-ind/oidc?tilbage=%2Frevision');
    expect(await cookieNames(context)).not.toContain(SESSION_COOKIE);
    await checkPage(page, 'oidc-afbrudt');
    await context.close();
  });

  it('says the attempt has expired when its cookie is older than ten minutes, in English when chosen', async () => {
    const context = await newContext(browser);
    // Sealed exactly as the API seals it (the session secret is AUTH_JWT_SECRET here), but already out of time.
    const stale = await new PendingSignIns(system.secret, 0).seal({
      state: 'state',
      nonce: 'nonce',
      codeVerifier: 'verifier',
      back: '',
    });
    await context.addCookies([
      { name: PENDING_COOKIE, value: stale, url: webUrl },
      { name: 'sprog', value: 'en', url: webUrl },
    ]);
    const page = await context.newPage();

    const response = await page.goto(`${webUrl}/log-ind/oidc/callback?code=abc&state=state`);

    expect(response!.status()).toBe(400);
    await expect(page.locator('h1').textContent()).resolves.toBe('The sign-in attempt has expired');
    await checkPage(page, 'oidc-udloebet-en');
    await context.close();
  });
});

describe('web interface: provider sign-in that cannot be offered or cannot be reached', () => {
  /** OIDC_ISSUER without OIDC_CLIENT_ID: bearer tokens only, development sign-in still on. */
  let withoutClient: SystemUnderTest;
  /** A client id, but nothing answers at the issuer. */
  let unreachable: SystemUnderTest;

  beforeAll(async () => {
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    [withoutClient, unreachable] = await Promise.all([
      startSystem({ pieces: ['api'], env: { OIDC_ISSUER: nowhere, OIDC_AUDIENCE: API, AUTH_DEV_TOKENS: 'true' } }),
      startSystem({
        pieces: ['api'],
        env: { OIDC_ISSUER: nowhere, OIDC_AUDIENCE: API, OIDC_CLIENT_ID: CLIENT_ID, AUTH_DEV_TOKENS: 'true' },
      }),
    ]);
  });

  afterAll(async () => {
    await withoutClient?.stop();
    await unreachable?.stop();
  });

  it('does not offer the button without OIDC_CLIENT_ID, and the log says why', async () => {
    const signInPage = await (await fetch(`${withoutClient.webUrl}/log-ind`)).text();

    expect(signInPage).not.toContain('/log-ind/oidc');
    expect(signInPage).toContain('form method="post" action="/log-ind"');
    expect((await fetch(`${withoutClient.webUrl}/log-ind/oidc`, { redirect: 'manual' })).status).toBe(404);
    expect(readFileSync(join(withoutClient.dataDir, 'api.log'), 'utf8')).toContain('OIDC_CLIENT_ID er ikke sat');
  });

  it('shows that the login does not answer (503) when the provider cannot be reached', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${unreachable.webUrl}/log-ind`);

    const [response] = await Promise.all([
      page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/log-ind/oidc'),
      page.getByRole('link', { name: 'Log ind', exact: true }).click(),
    ]);

    expect(response.status()).toBe(503);
    await expect(page.locator('h1').textContent()).resolves.toBe('Login svarer ikke lige nu');
    expect(readFileSync(join(unreachable.dataDir, 'api.log'), 'utf8')).toContain(
      'discovery-dokument kunne ikke hentes',
    );
    await checkPage(page, 'oidc-udbyder-svarer-ikke');
  });
});
