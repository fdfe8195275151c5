import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../infra/temporal-dev-server';
import { createTestDatabase, type TestDatabase } from '../../libs/postgres-kit/src/testing/postgres-test-database';
import { cookieFrom, devSignIn, SESSION_COOKIE } from '../support/dev-sign-in';
import { startOidcProvider, type OidcTestProvider } from '../support/oidc-test-provider';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(180_000);

/** GET `path` with the session cookie, not following redirects. */
function open(webUrl: string, path: string, cookie: string): Promise<Response> {
  return fetch(`${webUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
}

/** Signs out as the page's form does: the session's form token, from a page of the site. */
async function signOut(webUrl: string, cookie: string): Promise<Response> {
  const page = await (await open(webUrl, '/tilgaengelighed', cookie)).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('no form token on the page: not signed in?');
  return fetch(`${webUrl}/log-ud`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf }),
    redirect: 'manual',
  });
}

function expectSignInPage(response: Response): void {
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toMatch(/^\/log-ind\?tilbage=/);
}

/** The built API over real HTTP: the session lives at the server, so signing out ends it for a copied cookie too. */
describe('signing out ends the session at the server', () => {
  let database: TestDatabase;
  let single: SystemUnderTest;
  /** Two API replicas with data folders of their own, sharing the sessions in PostgreSQL (SESSIONS_URL). */
  let replicas: SystemUnderTest;

  beforeAll(async () => {
    database = await createTestDatabase('e2e_sessions');
    [single, replicas] = await Promise.all([
      startSystem({ pieces: ['api'] }),
      startSystem({
        pieces: ['api'],
        replicas: { api: 2 },
        dataDirPerProcess: true,
        env: { SESSIONS_URL: database.url },
      }),
    ]);
  });
  afterAll(async () => {
    await single?.stop();
    await replicas?.stop();
    await database?.drop();
  });

  it('the old cookie value is not signed in any more after signing out (the default SQLite file)', async () => {
    const cookie = await devSignIn(single.webUrl, 'chefgruppen');
    expect((await open(single.webUrl, '/chefgruppen', cookie)).status).toBe(200);

    const signedOut = await signOut(single.webUrl, cookie);

    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/log-ind');
    expect(signedOut.headers.getSetCookie()[0]).toMatch(/^ledelsesrum_session=; .*Max-Age=0/);
    expectSignInPage(await open(single.webUrl, '/chefgruppen', cookie));
  });

  it('a session started at one replica works at the other, and signing out at one ends it at both', async () => {
    const [one, two] = replicas.baseUrls.map((baseUrl) => baseUrl.replace(/\/api$/, '')) as [string, string];
    const cookie = await devSignIn(one, 'chefgruppen');
    expect((await open(two, '/chefgruppen', cookie)).status).toBe(200);

    expect((await signOut(two, cookie)).status).toBe(303);

    expectSignInPage(await open(one, '/chefgruppen', cookie));
    expectSignInPage(await open(two, '/chefgruppen', cookie));
  });
});

/**
 * A real OpenID provider (oidc-provider) that gives the web client refresh tokens and changes an account's roles
 * while its session is open; the API re-reads them every second (SESSION_RECHECK_SECONDS=1).
 */
describe('a role changed at the provider applies to an open web session within the re-check time', () => {
  const CLIENT_ID = 'ledelsesrum-web';
  let provider: OidcTestProvider;
  let system: SystemUnderTest;
  let webUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    webUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider({
      clients: [],
      resources: [],
      webClients: [
        {
          clientId: CLIENT_ID,
          tokenAuthMethod: 'client_secret_basic',
          redirectUris: [`${webUrl}/log-ind/oidc/callback`],
          refreshTokens: true,
        },
      ],
      accounts: [
        { login: 'cecilie', claims: { name: 'Cecilie Chef', roles: ['ledelsesrum-chefgruppe'] } },
        { login: 'rasmus', claims: { name: 'Rasmus Revisor', roles: ['ledelsesrum-revision'] } },
      ],
    });
    system = await startSystem({
      pieces: ['api'],
      env: {
        PORT: String(port),
        PUBLIC_URL: webUrl,
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: 'ledelsesrum-api',
        OIDC_ROLE_MAP: 'ledelsesrum-chefgruppe=chefgruppen,ledelsesrum-revision=auditor',
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: provider.clientSecret(CLIENT_ID),
        SESSION_RECHECK_SECONDS: '1',
      },
    });
  });
  afterAll(async () => {
    await system?.stop();
    await provider?.stop();
  });

  const apiLog = () => readFileSync(join(system.dataDir, 'api.log'), 'utf8');

  /** The web sign-in as a browser goes through it: to the provider, its login form, back to the callback. */
  async function signInAtProvider(login: string): Promise<string> {
    const start = await fetch(`${webUrl}/log-ind/oidc`, { redirect: 'manual' });
    const pending = cookieFrom(start, 'ledelsesrum_oidc');
    const back = await provider.signInWithoutBrowser(start.headers.get('location')!, login);
    const callback = await fetch(back, { headers: { cookie: pending }, redirect: 'manual' });
    expect(callback.status).toBe(303);
    return cookieFrom(callback, SESSION_COOKIE);
  }

  it('loses a role the provider took away, and gains the one it gave, without signing in again', async () => {
    const cookie = await signInAtProvider('cecilie');
    expect((await open(webUrl, '/chefgruppen', cookie)).status).toBe(200);
    expect((await open(webUrl, '/revision', cookie)).status).toBe(403);
    expect(apiLog()).toContain('Logget ind / Signed in: cecilie (chefgruppen; roller fra / roles from id token)');
    expect(apiLog()).toContain('roller læses igen efter 1 s');

    await provider.setClaims('cecilie', { name: 'Cecilie Chef', roles: ['ledelsesrum-revision'] });
    const changed = Date.now();

    await until(async () => (await open(webUrl, '/chefgruppen', cookie)).status === 403, 'chefgruppen refused');
    expect(Date.now() - changed).toBeLessThan(60_000);
    expect((await open(webUrl, '/revision', cookie)).status).toBe(200);
  });

  it('signs out a person the provider no longer accepts (disabled there): the session ends', async () => {
    const cookie = await signInAtProvider('rasmus');
    expect((await open(webUrl, '/revision', cookie)).status).toBe(200);

    await provider.disable('rasmus');

    await until(async () => (await open(webUrl, '/revision', cookie)).status === 303, 'the session to end');
    expectSignInPage(await open(webUrl, '/revision', cookie));
    expect(apiLog()).toContain('Session afsluttet for rasmus');
  });

  it('answers 503 while the provider does not answer, keeps the session, and still lets the person sign out', async () => {
    const cookie = await signInAtProvider('cecilie');
    expect((await open(webUrl, '/revision', cookie)).status).toBe(200);

    await provider.stop();

    await until(async () => (await open(webUrl, '/revision', cookie)).status === 503, 'the provider to be missed');
    expect(apiLog()).toContain('Login-udbyderen');
    expect((await signOut(webUrl, cookie)).status).toBe(303);
    expectSignInPage(await open(webUrl, '/revision', cookie));
  });
});
