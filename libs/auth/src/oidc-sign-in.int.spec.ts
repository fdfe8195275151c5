import { createPublicKey } from 'node:crypto';
import { createServer, request as forward, type Server } from 'node:http';
import { freePort } from '../../../infra/temporal-dev-server';
import {
  generateSigningKeys,
  startOidcProvider,
  type OidcTestProvider,
  type ProviderAccount,
} from '../../../test/support/oidc-test-provider';
import { OidcSignIn, type OidcSignInOptions } from './oidc-sign-in';
import { SignInMismatchError, SignInRefusedByProviderError } from './oidc-sign-in-errors';
import { calculatePKCECodeChallenge } from 'openid-client';
import type { SignInSecrets } from './oidc-sign-in-secrets';
import { IdentityProviderUnavailableError, InvalidTokenError } from './token-verifier';

jest.setTimeout(60_000);

// Every sign-in here goes through a real OpenID provider (oidc-provider in its own process): its authorization
// endpoint, its login form, its token endpoint and its keys.
const API = 'urn:ledelsesrum:api';
const REDIRECT = 'http://127.0.0.1:9/log-ind/oidc/callback';
const ROLE_MAP = [
  ['ledelsesrum-chefgruppe', 'chefgruppen'],
  ['ledelsesrum-revision', 'auditor'],
  ['ledelsesrum-leder', 'leader'],
] as const;
const ACCOUNTS: readonly ProviderAccount[] = [
  {
    login: 'chef',
    claims: {
      name: 'Cecilie Chef',
      roles: ['ledelsesrum-chefgruppe', 'leader', 'fagsystem-admin'],
      realm_access: { roles: ['ledelsesrum-revision'] },
      employee_number: 'E-1001',
    },
  },
  // Roles in the access token only, as Keycloak's realm roles are by default.
  { login: 'kc-leader', claims: { name: 'Kim Leder' }, accessTokenClaims: { roles: ['ledelsesrum-leder'] } },
  { login: 'outsider', claims: { name: 'Olga Udenfor', roles: ['fagsystem-bruger'] } },
  // Changed or removed at the provider while signed in.
  { login: 'mover', claims: { name: 'Mona Mover', roles: ['ledelsesrum-chefgruppe'] } },
  { login: 'leaver', claims: { name: 'Lars Leaver', roles: ['ledelsesrum-chefgruppe'] } },
];

describe('OidcSignIn against a real OpenID provider (authorization code flow with PKCE)', () => {
  let provider: OidcTestProvider;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clients: [],
      resources: [{ indicator: API, audience: API, alg: 'RS256' }],
      webClients: [
        { clientId: 'web-public', tokenAuthMethod: 'none', redirectUris: [REDIRECT] },
        {
          clientId: 'web-confidential',
          tokenAuthMethod: 'client_secret_basic',
          redirectUris: [REDIRECT],
          resource: API,
        },
        {
          clientId: 'web-refresh',
          tokenAuthMethod: 'client_secret_post',
          redirectUris: [REDIRECT],
          refreshTokens: true,
        },
        // A public client: oidc-provider then rotates the refresh token at every use.
        { clientId: 'web-refresh-public', tokenAuthMethod: 'none', redirectUris: [REDIRECT], refreshTokens: true },
      ],
      accounts: ACCOUNTS,
    });
  });
  afterAll(async () => provider?.stop());

  const publicClient = (options: Partial<OidcSignInOptions> = {}) =>
    new OidcSignIn({ issuer: provider.issuer, clientId: 'web-public', roleMap: ROLE_MAP, audience: API, ...options });
  const confidentialClient = (options: Partial<OidcSignInOptions> = {}) =>
    publicClient({ clientId: 'web-confidential', clientSecret: provider.clientSecret('web-confidential'), ...options });

  /** start → the provider's login form as `login` → the query the browser comes back with. */
  async function signIn(client: OidcSignIn, login: string) {
    const { url, secrets } = await client.start(REDIRECT);
    const back = await provider.signInWithoutBrowser(url, login);
    return { secrets, callback: Object.fromEntries(back.searchParams), url: new URL(url) };
  }

  it('asks the provider for a code with state, nonce and an S256 challenge of the remembered verifier', async () => {
    const { url, secrets } = await publicClient().start(REDIRECT);
    const query = Object.fromEntries(new URL(url).searchParams);

    expect(url.startsWith(`${provider.issuer}/`)).toBe(true);
    expect(query).toEqual({
      response_type: 'code',
      client_id: 'web-public',
      redirect_uri: REDIRECT,
      scope: 'openid profile email',
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    });
  });

  describe('signs in', () => {
    it('a public client: the person, their roles mapped from the ID token as for bearer tokens (an unmapped "leader" grants nothing), and their name', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'chef');

      expect(await client.finish(callback, secrets, REDIRECT)).toEqual({
        principal: { id: 'chef', roles: ['chefgruppen'] },
        name: 'Cecilie Chef',
        rolesFrom: 'id token',
      });
    });

    it('a confidential client (client_secret_basic), with OIDC_PERSON_ID_CLAIM and a dotted OIDC_ROLES_CLAIM', async () => {
      const client = confidentialClient({ personIdClaim: 'employee_number', rolesClaim: 'realm_access.roles' });
      const { secrets, callback } = await signIn(client, 'chef');

      expect((await client.finish(callback, secrets, REDIRECT)).principal).toEqual({
        id: 'E-1001',
        roles: ['auditor'],
      });
    });

    it('with the roles of the access token when the ID token has no roles claim', async () => {
      const client = confidentialClient();
      const { secrets, callback } = await signIn(client, 'kc-leader');

      expect(await client.finish(callback, secrets, REDIRECT)).toEqual({
        principal: { id: 'kc-leader', roles: ['leader'] },
        name: 'Kim Leder',
        rolesFrom: 'access token',
      });
    });

    it('a person with none of our other roles as an employee', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'outsider');

      expect((await client.finish(callback, secrets, REDIRECT)).principal).toEqual({
        id: 'outsider',
        roles: ['employee'],
      });
    });

    it('no role from an opaque access token: an employee, and the log can say why', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'kc-leader');

      expect(await client.finish(callback, secrets, REDIRECT)).toMatchObject({
        principal: { id: 'kc-leader', roles: ['employee'] },
        rolesFrom: 'nowhere: no roles claim in the ID token, and the access token is not a JWT',
      });
    });
  });

  describe('refuses with InvalidTokenError', () => {
    it('an answer with another state (a forged callback), before redeeming anything', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'chef');

      const refused = await refusal(client.finish({ ...callback, state: `${callback['state']}x` }, secrets, REDIRECT));
      expect(refused).toBeInstanceOf(SignInMismatchError);
      expect(refused).toBeInstanceOf(InvalidTokenError);
      // The code is still good: nothing was redeemed.
      expect((await client.finish(callback, secrets, REDIRECT)).principal.id).toBe('chef');
    });

    it('an answer naming another issuer (RFC 9207)', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'chef');
      expect(callback['iss']).toBe(provider.issuer);

      expect(
        await refusal(client.finish({ ...callback, iss: 'https://evil.example' }, secrets, REDIRECT)),
      ).toBeInstanceOf(SignInMismatchError);
    });

    it('a code redeemed with another PKCE verifier (an intercepted code)', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'chef');
      const stolen: SignInSecrets = {
        ...secrets,
        codeVerifier: (await publicClient().start(REDIRECT)).secrets.codeVerifier,
      };

      expect((await refusal(client.finish(callback, stolen, REDIRECT))).message).toMatch(/HTTP 400 invalid_grant/);
    });

    it('a code redeemed a second time', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'chef');
      await client.finish(callback, secrets, REDIRECT);

      expect((await refusal(client.finish(callback, secrets, REDIRECT))).message).toMatch(/invalid_grant/);
    });

    it('an ID token whose nonce is not this attempt’s', async () => {
      const client = publicClient();
      const { secrets, callback } = await signIn(client, 'chef');

      expect((await refusal(client.finish(callback, { ...secrets, nonce: 'another' }, REDIRECT))).message).toBe(
        'ID-tokenets nonce passer ikke / The ID token’s nonce does not match',
      );
    });

    it('a confidential client with the wrong secret', async () => {
      const client = confidentialClient({ clientSecret: 'not-the-secret' });
      const { secrets, callback } = await signIn(client, 'chef');

      expect((await refusal(client.finish(callback, secrets, REDIRECT))).message).toMatch(/HTTP 401 invalid_client/);
    });

    it('the provider’s error answer, as SignInRefusedByProviderError with its code', async () => {
      const client = publicClient();
      const { secrets } = await signIn(client, 'chef');
      const answer = {
        error: 'access_denied',
        error_description: 'End-User aborted interaction',
        state: secrets.state,
      };

      const refused = await refusal(client.finish(answer, secrets, REDIRECT));
      expect(refused).toBeInstanceOf(SignInRefusedByProviderError);
      expect((refused as SignInRefusedByProviderError).code).toBe('access_denied');
    });
  });

  describe('reads the roles again with the refresh token (reread)', () => {
    const refreshingClient = () =>
      publicClient({ clientId: 'web-refresh', clientSecret: provider.clientSecret('web-refresh') });
    const rotatingClient = () => publicClient({ clientId: 'web-refresh-public' });

    async function signedIn(client: OidcSignIn, login: string) {
      const { secrets, callback } = await signIn(client, login);
      return client.finish(callback, secrets, REDIRECT);
    }

    it('gives no refresh token to a client the provider does not give one', async () => {
      expect((await signedIn(publicClient(), 'chef')).refreshToken).toBeUndefined();
    });

    it('reads the roles the provider gives the person now, mapped as at sign-in', async () => {
      const client = refreshingClient();
      const first = await signedIn(client, 'mover');
      expect(first.principal.roles).toEqual(['chefgruppen']);

      await provider.setClaims('mover', { name: 'Mona Mover', roles: ['ledelsesrum-revision'] });
      const reread = await client.reread(first.refreshToken!, 'mover');

      expect(reread).toEqual({
        principal: { id: 'mover', roles: ['auditor'] },
        name: 'Mona Mover',
        refreshToken: first.refreshToken,
      });
    });

    it('makes a person whose roles the provider took away an employee', async () => {
      const client = refreshingClient();
      await provider.setClaims('mover', { name: 'Mona Mover', roles: ['ledelsesrum-revision'] });
      const first = await signedIn(client, 'mover');

      await provider.setClaims('mover', { name: 'Mona Mover', roles: ['fagsystem-bruger'] });
      const reread = await client.reread(first.refreshToken!, 'mover');

      expect(reread.principal).toEqual({ id: 'mover', roles: ['employee'] });
    });

    it('hands back the rotated refresh token of a provider that rotates them; the old one is then refused', async () => {
      const client = rotatingClient();
      const first = await signedIn(client, 'chef');

      const reread = await client.reread(first.refreshToken!, 'chef');

      expect(reread.principal).toEqual({ id: 'chef', roles: ['chefgruppen'] });
      expect(reread.refreshToken).not.toBe(first.refreshToken);
      expect(await refusal(client.reread(first.refreshToken!, 'chef'))).toBeInstanceOf(InvalidTokenError);
    });

    it('refuses with InvalidTokenError when the provider has disabled the person (invalid_grant)', async () => {
      const client = refreshingClient();
      const { refreshToken } = await signedIn(client, 'leaver');

      await provider.disable('leaver');

      const refused = await refusal(client.reread(refreshToken!, 'leaver'));
      expect(refused).toBeInstanceOf(InvalidTokenError);
      expect(refused.message).toContain('invalid_grant');
    });

    it('refuses with InvalidTokenError an answer for another person than the session’s', async () => {
      const client = refreshingClient();
      const { refreshToken } = await signedIn(client, 'chef');

      expect(await refusal(client.reread(refreshToken!, 'someone-else'))).toBeInstanceOf(InvalidTokenError);
    });

    it('refuses with IdentityProviderUnavailableError when nothing answers at the issuer', async () => {
      const nobody = publicClient({ issuer: `http://127.0.0.1:${await freePort()}`, timeoutMs: 2_000 });

      expect(await refusal(nobody.reread('a-refresh-token', 'chef'))).toBeInstanceOf(IdentityProviderUnavailableError);
    });
  });

  it('refuses with IdentityProviderUnavailableError when nothing answers at the issuer', async () => {
    const nobody = publicClient({ issuer: `http://127.0.0.1:${await freePort()}`, timeoutMs: 2_000 });

    expect(await refusal(nobody.start(REDIRECT))).toBeInstanceOf(IdentityProviderUnavailableError);
  });

  it.each([
    ['another host', (issuer: string) => issuer.replace('127.0.0.1', 'localhost')],
    ['a trailing slash', (issuer: string) => `${issuer}/`],
  ])(
    'refuses with IdentityProviderUnavailableError an OIDC_ISSUER that is not the issuer the provider states (%s)',
    async (_name, misspell) => {
      const configured = misspell(provider.issuer);
      const refused = await refusal(publicClient({ issuer: configured }).start(REDIRECT));

      expect(refused).toBeInstanceOf(IdentityProviderUnavailableError);
      expect(refused.message).toContain(`men OIDC_ISSUER er "${configured}"`);
      expect(refused.message).toContain(`The provider states issuer "${provider.issuer}"`);
    },
  );
});

describe('OidcSignIn checks the ID token’s signature against the keys the provider publishes', () => {
  let provider: OidcTestProvider;
  let relay: Server;

  // The provider behind a relay that is its issuer and passes everything on, except that it publishes other keys under
  // the provider's key ids: what a key set swapped in transit, or a token signed by someone else, looks like.
  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProvider({
      clients: [],
      resources: [],
      webClients: [{ clientId: 'web-public', tokenAuthMethod: 'none', redirectUris: [REDIRECT] }],
      accounts: ACCOUNTS,
      issuer: `http://127.0.0.1:${port}`,
    });
    const discovered = (await (await fetch(`${provider.address}/.well-known/openid-configuration`)).json()) as {
      jwks_uri: string;
    };
    const jwksPath = new URL(discovered.jwks_uri).pathname;
    const { keys } = (await (await fetch(`${provider.address}${jwksPath}`)).json()) as { keys: { kid: string }[] };
    const others = generateSigningKeys().map((key) =>
      createPublicKey({ key, format: 'jwk' }).export({ format: 'jwk' }),
    );
    const forged = keys.map((key, i) => ({
      ...others[i % others.length],
      kid: key.kid,
      alg: (key as { alg?: string }).alg,
    }));
    relay = createServer((request, response) => {
      if (request.method === 'GET' && request.url === jwksPath) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: forged }));
        return;
      }
      const upstream = forward(
        `${provider.address}${request.url}`,
        { method: request.method, headers: request.headers },
        (answer) => {
          response.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(response);
        },
      );
      request.pipe(upstream);
    });
    await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => relay?.close(resolve));
    await provider?.stop();
  });

  it('refuses an ID token the published keys do not verify, though everything else about it is right', async () => {
    const client = new OidcSignIn({
      issuer: provider.issuer,
      clientId: 'web-public',
      audience: API,
      roleMap: ROLE_MAP,
    });
    const { url, secrets } = await client.start(REDIRECT);
    const back = await provider.signInWithoutBrowser(url, 'chef');

    const refused = await refusal(client.finish(Object.fromEntries(back.searchParams), secrets, REDIRECT));
    expect(refused).toBeInstanceOf(InvalidTokenError);
    expect(refused.message).toMatch(/signature verification failed/);
  });
});

async function refusal(attempt: Promise<unknown>): Promise<Error> {
  try {
    const result = await attempt;
    throw new Error(`accepted, as ${JSON.stringify(result)}`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('accepted, as')) throw error;
    return error as Error;
  }
}
