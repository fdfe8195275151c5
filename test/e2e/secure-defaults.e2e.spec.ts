import { request } from 'node:http';
import { createConnection } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtTokens, resolveJwtSecret } from '@ledelsesrum/auth';
import { freePort } from '../../infra/temporal-dev-server';
import { startBuilt, type BuiltProcess } from '../support/built-process';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';

jest.setTimeout(120_000);

/** This machine's first non-loopback IPv4 address, to call the API from (or at) as another machine would. */
const OUTSIDE = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
const BANNER = 'Udviklingslogin er slået til: alle, der kan nå denne side, kan logge ind som hvem som helst.';
const ORG = organisationFixture(1, 2);

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTP request; `from` binds the caller's end of the socket to that local address. */
function call(
  url: string,
  options: { method?: string; form?: Record<string, string>; from?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: options.method ?? 'GET',
        ...(options.from ? { localAddress: options.from } : {}),
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
          ...options.headers,
        },
      },
      (incoming) => {
        let text = '';
        incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Whether a TCP connection to host:port is accepted (true) or refused (false). */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 5_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function freshApi(env: NodeJS.ProcessEnv = {}): Promise<{ api: BuiltProcess; port: number; dataDir: string }> {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-secure-')), 'data');
  const port = await freePort();
  const api = startBuilt('api', { DATA_DIR: dataDir, PORT: String(port), ...env });
  await api.waitFor(/API klar/);
  return { api, port, dataDir };
}

describe('the built API with no settings at all (only a fresh DATA_DIR and a free PORT)', () => {
  let api: BuiltProcess;
  let port: number;
  let dataDir: string;

  beforeAll(async () => {
    ({ api, port, dataDir } = await freshApi());
    // People to list on the sign-in page, put there with a token from the secret the API generated.
    const chef = await new JwtTokens(resolveJwtSecret(undefined, dataDir)).issue('chef-1', ['chefgruppen']);
    const put = await apiClient(`http://127.0.0.1:${port}/api`)('PUT', '/organisation', { token: chef, body: ORG });
    expect(put.status).toBe(200);
  });
  afterAll(async () => api?.stop());

  it(
    OUTSIDE
      ? `listens on loopback only: a connection to this machine's ${OUTSIDE} is refused, one to 127.0.0.1 accepted`
      : 'listens on loopback (127.0.0.1 accepted); NOT CHECKED that other addresses are refused: this machine has no non-loopback IPv4 address',
    async () => {
      expect(await connects('127.0.0.1', port)).toBe(true);
      if (OUTSIDE) expect(await connects(OUTSIDE, port)).toBe(false);
    },
  );

  it('says in its start log that it listens on this machine only, how to open it, and what that requires', () => {
    expect(api.output()).toContain(
      `Lytter kun på 127.0.0.1:${port} (denne maskine). Andre maskiner får adgang med HOST=0.0.0.0`,
    );
    expect(api.output()).toContain(
      'which requires a sign-in provider (OIDC_ISSUER and OIDC_AUDIENCE) or AUTH_DEV_TOKENS=true on a closed test network',
    );
  });

  it('lets a caller on this machine see the people and sign in as chefgruppen (the development sign-in)', async () => {
    const page = await call(`http://127.0.0.1:${port}/log-ind`);
    const signIn = await call(`http://127.0.0.1:${port}/log-ind`, { method: 'POST', form: { role: 'chefgruppen' } });

    expect(page.body).toContain(ORG.people[0]!.name);
    expect(page.body).not.toContain(BANNER);
    expect({ status: signIn.status, location: signIn.headers['location'] }).toEqual({
      status: 303,
      location: '/chefgruppen',
    });
    expect(String(signIn.headers['set-cookie'])).toContain('ledelsesrum_session=');
  });

  (OUTSIDE ? it : it.skip)(
    `refuses POST /log-ind from the non-loopback address ${OUTSIDE ?? '(none on this machine)'} and lists no people to it, logging the request id`,
    async () => {
      const from = OUTSIDE!;
      const page = await call(`http://127.0.0.1:${port}/log-ind`, { from });
      const signIn = await call(`http://127.0.0.1:${port}/log-ind`, {
        method: 'POST',
        form: { role: 'auditor' },
        from,
        headers: { 'x-request-id': 'udefra-1' },
      });

      expect(page.status).toBe(200);
      expect(page.body).not.toContain(ORG.people[0]!.name);
      expect(page.body).toContain('Udviklingslogin virker kun fra den maskine, ledelsesrum kører på.');
      expect(signIn.status).toBe(403);
      expect(signIn.headers['set-cookie']).toBeUndefined();
      await api.waitFor(
        /Udviklingslogin afvist \/ Development sign-in refused \(request udefra-1\): kalderen er ikke på denne maskine/,
      );
    },
  );

  it('serves the OpenAPI documentation (development sign-in is on) and no Strict-Transport-Security over http', async () => {
    const docs = await call(`http://127.0.0.1:${port}/api/docs`);

    expect(docs.status).toBe(200);
    expect(docs.headers['strict-transport-security']).toBeUndefined();
  });

  it('logs a refused bearer token with the request id and the reason, never the token', async () => {
    const forged = await new JwtTokens('another-secret-of-at-least-32-bytes!!').issue('chef-1', ['auditor']);

    const answer = await call(`http://127.0.0.1:${port}/api/cycles`, {
      headers: { authorization: `Bearer ${forged}`, 'x-request-id': 'forfalsket-1' },
    });

    expect(answer.status).toBe(401);
    await api.waitFor(
      /Token afvist \/ Token refused \(request forfalsket-1, GET \/api\/cycles\): ERR_JWS_SIGNATURE_VERIFICATION_FAILED/,
    );
    expect(api.output()).not.toContain(forged);
  });
});

describe('HOST=0.0.0.0', () => {
  it('without a sign-in provider: refuses to start, and says how to proceed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-secure-'));
    const api = startBuilt('api', { DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '0.0.0.0' });

    expect(await api.exited).toBe(1);
    expect(api.output()).toContain(
      "HOST=0.0.0.0 åbner API'et for andre maskiner, men der er ingen login-udbyder. Sæt OIDC_ISSUER og OIDC_AUDIENCE",
    );
    expect(api.output()).toContain('or AUTH_DEV_TOKENS=true on a closed test network');
    expect(api.output()).not.toContain('API klar');
  });

  describe('with AUTH_DEV_TOKENS=true', () => {
    let api: BuiltProcess;
    let port: number;

    beforeAll(async () => ({ api, port } = await freshApi({ HOST: '0.0.0.0', AUTH_DEV_TOKENS: 'true' })));
    afterAll(async () => api?.stop());

    it('starts, and warns loudly that anyone who can reach the port can sign in as anyone', () => {
      expect(api.output()).toContain(`Lytter på / Listening on 0.0.0.0:${port}`);
      expect(api.output()).toContain(
        `ADVARSEL: Udviklingslogin er slået til på 0.0.0.0:${port} (AUTH_DEV_TOKENS=true): alle, der kan nå porten, ` +
          'kan logge ind som hvem som helst i enhver rolle',
      );
    });

    it.each([
      ['the sign-in page', 'GET', '/log-ind'],
      ['the accessibility statement', 'GET', '/tilgaengelighed'],
      ['an error page (a form from another site)', 'POST', '/log-ud'],
    ])('shows the development sign-in banner on %s', async (_name, method, path) => {
      const host = OUTSIDE ?? '127.0.0.1';
      const page = await call(`http://${host}:${port}${path}`, {
        method,
        headers: { origin: 'https://angriber.example' },
      });

      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain(BANNER);
    });
  });
});

describe('with a sign-in provider and an https PUBLIC_URL (as in production)', () => {
  let api: BuiltProcess;
  let port: number;
  const provider = async () => ({
    // Nothing needs to answer there: the provider is first asked when a token arrives.
    OIDC_ISSUER: `http://127.0.0.1:${await freePort()}`,
    OIDC_AUDIENCE: 'urn:ledelsesrum:api',
    PUBLIC_URL: 'https://ledelsesrum.kommune.dk',
  });

  beforeAll(async () => ({ api, port } = await freshApi(await provider())));
  afterAll(async () => api?.stop());

  it('sends Strict-Transport-Security on every answer: the API, a page, a refusal', async () => {
    for (const path of ['/api/health', '/log-ind', '/api/cycles']) {
      expect({
        path,
        hsts: (await call(`http://127.0.0.1:${port}${path}`)).headers['strict-transport-security'],
      }).toEqual({ path, hsts: 'max-age=31536000' });
    }
  });

  it('serves no OpenAPI documentation, and no development sign-in or people on the sign-in page', async () => {
    const page = await call(`http://127.0.0.1:${port}/log-ind`);

    expect((await call(`http://127.0.0.1:${port}/api/docs`)).status).toBe(404);
    expect(page.body).not.toContain('Udviklingslogin');
    expect(page.body).not.toContain(BANNER);
  });

  it('serves the OpenAPI documentation with API_DOCS=true', async () => {
    const withDocs = await freshApi({ ...(await provider()), API_DOCS: 'true' });
    try {
      expect((await call(`http://127.0.0.1:${withDocs.port}/api/docs`)).status).toBe(200);
    } finally {
      await withDocs.api.stop();
    }
  });

  it('refuses to start without OIDC_AUDIENCE, saying what to set', async () => {
    const { OIDC_ISSUER } = await provider();
    const refused = startBuilt('api', {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ledelsesrum-secure-')),
      PORT: String(await freePort()),
      OIDC_ISSUER,
    });

    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain('OIDC_AUDIENCE skal sættes sammen med OIDC_ISSUER');
  });
});
