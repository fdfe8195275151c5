import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { freePort } from '../../../infra/temporal-dev-server';
import {
  generateSigningKeys,
  startOidcProvider,
  type OidcTestProvider,
  type ProviderClient,
  type ProviderResource,
} from '../../../test/support/oidc-test-provider';
import { JwtTokens } from './jwt-tokens';
import { OidcVerifier, type OidcVerifierOptions } from './oidc-verifier';
import { RoutingTokenVerifier } from './routing-token-verifier';
import { IdentityProviderUnavailableError, InvalidTokenError } from './token-verifier';

jest.setTimeout(60_000);

// Every token in this file comes from a real OpenID provider (oidc-provider in its own process), except where a test
// names the forgery it makes out of one.
const API = 'urn:ledelsesrum:api';
const RESOURCES: readonly ProviderResource[] = [
  { indicator: API, audience: API, alg: 'RS256' },
  { indicator: `${API}:es256`, audience: API, alg: 'ES256' },
  { indicator: `${API}:short-lived`, audience: API, alg: 'RS256', ttlSeconds: 1 },
  { indicator: 'urn:another-system:api', audience: 'urn:another-system:api', alg: 'RS256' },
];
const CLIENTS: readonly ProviderClient[] = [
  {
    clientId: 'chef-app',
    claims: {
      // A mapped value, one of our own role names, and a role of some other application.
      roles: ['ledelsesrum-chefgruppe', 'leader', 'fagsystem-admin'],
      realm_access: { roles: ['ledelsesrum-revision'] },
      employee_number: 'E-1001',
    },
  },
  { clientId: 'no-roles-app', claims: { employee_number: 'E-2002' } },
];
const ROLE_MAP = [
  ['ledelsesrum-chefgruppe', 'chefgruppen'],
  ['ledelsesrum-revision', 'auditor'],
] as const;
const DEV_SECRET = 'a-development-secret-of-at-least-32-characters';

describe('OidcVerifier against a real OpenID provider', () => {
  const signingKeys = generateSigningKeys();
  let provider: OidcTestProvider;
  /** Same keys, other issuer (another port): its tokens differ from the provider's in `iss` only. */
  let otherIssuer: OidcTestProvider;

  beforeAll(async () => {
    [provider, otherIssuer] = await Promise.all([
      startOidcProvider({ clients: CLIENTS, resources: RESOURCES, signingKeys }),
      startOidcProvider({ clients: CLIENTS, resources: RESOURCES, signingKeys }),
    ]);
  });
  afterAll(async () => {
    await provider?.stop();
    await otherIssuer?.stop();
  });

  const verifier = (options: Partial<OidcVerifierOptions> = {}) =>
    new OidcVerifier({ issuer: provider.issuer, audience: API, roleMap: ROLE_MAP, ...options });
  const chefToken = () => provider.token('chef-app', API);

  describe('accepts', () => {
    it('an RS256 access token: person id from sub, provider roles mapped, unmapped values (even "leader") dropped', async () => {
      const token = await chefToken();
      expect(decodeProtectedHeader(token).alg).toBe('RS256');

      expect(await verifier().verify(token)).toEqual({ id: 'chef-app', roles: ['chefgruppen'] });
    });

    it('an ES256 access token', async () => {
      const token = await provider.token('chef-app', `${API}:es256`);
      expect(decodeProtectedHeader(token).alg).toBe('ES256');

      expect(await verifier().verify(token)).toEqual({ id: 'chef-app', roles: ['chefgruppen'] });
    });

    it('our own role names as themselves when OIDC_ROLE_MAP is not set', async () => {
      expect(await verifier({ roleMap: [] }).verify(await chefToken())).toEqual({ id: 'chef-app', roles: ['leader'] });
    });

    it('the person id from OIDC_PERSON_ID_CLAIM and the roles from a dotted OIDC_ROLES_CLAIM path', async () => {
      const configured = verifier({ personIdClaim: 'employee_number', rolesClaim: 'realm_access.roles' });

      expect(await configured.verify(await chefToken())).toEqual({ id: 'E-1001', roles: ['auditor'] });
    });

    it('a token without the roles claim, as a principal with no roles', async () => {
      const token = await provider.token('no-roles-app', API);
      expect(decodeJwt(token)).not.toHaveProperty('roles');

      expect(await verifier().verify(token)).toEqual({ id: 'no-roles-app', roles: [] });
    });

    it('a token signed with a key the provider rotated to after the verifier fetched its keys', async () => {
      // Cooldown 0: jose otherwise refetches on an unknown kid only 30 s after the last fetch.
      const rotating = verifier({ jwksCooldownMs: 0 });
      await rotating.verify(await chefToken());
      const before = (await provider.publishedKeys()).keys.map((key) => key.kid);

      await provider.rotateKeys();
      const token = await chefToken();

      expect(before).not.toContain(decodeProtectedHeader(token).kid);
      expect(await rotating.verify(token)).toEqual({ id: 'chef-app', roles: ['chefgruppen'] });
    });
  });

  describe('refuses with InvalidTokenError (the API answers 401)', () => {
    it('a token from another issuer, signed with the same key', async () => {
      const token = await otherIssuer.token('chef-app', API);
      expect(decodeJwt(token).iss).toBe(otherIssuer.issuer);
      expect(signingKeys.map((key) => key.kid)).toContain(decodeProtectedHeader(token).kid);

      expect(await refusal(verifier().verify(token))).toEqual(
        invalid('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "iss" claim value'),
      );
      // Control: the same token is good for a verifier of its own issuer.
      expect(await verifier({ issuer: otherIssuer.issuer }).verify(token)).toMatchObject({ id: 'chef-app' });
    });

    it('a token for another audience', async () => {
      const token = await provider.token('chef-app', 'urn:another-system:api');

      expect(await refusal(verifier().verify(token))).toEqual(
        invalid('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "aud" claim value'),
      );
    });

    it('an expired token (1 s lifetime, no clock tolerance), which the 30 s tolerance still accepts', async () => {
      const token = await provider.token('chef-app', `${API}:short-lived`);
      const exp = decodeJwt(token).exp!;
      await until(() => Math.floor(Date.now() / 1000) > exp, 5_000);

      expect(await refusal(verifier({ clockToleranceSeconds: 0 }).verify(token))).toEqual(
        invalid('ERR_JWT_EXPIRED: "exp" claim timestamp check failed'),
      );
      expect(await verifier({ clockToleranceSeconds: 30 }).verify(token)).toMatchObject({ id: 'chef-app' });
    });

    it('the provider’s token re-signed with a locally generated RSA key under the provider key’s kid', async () => {
      const real = await chefToken();
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const token = await new SignJWT(decodeJwt(real))
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: decodeProtectedHeader(real).kid! })
        .sign(privateKey);

      expect(await refusal(verifier().verify(token))).toEqual(
        invalid('ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature verification failed'),
      );
    });

    it('a token naming a kid the provider does not publish', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const token = await new SignJWT(decodeJwt(await chefToken()))
        .setProtectedHeader({ alg: 'RS256', kid: 'not-a-provider-key' })
        .sign(privateKey);

      expect(await refusal(verifier({ jwksCooldownMs: 0 }).verify(token))).toEqual(
        invalid('ERR_JWKS_NO_MATCHING_KEY: no applicable key found in the JSON Web Key Set'),
      );
    });

    it('the provider’s token with alg: none and no signature', async () => {
      const [, payload] = (await chefToken()).split('.');
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url');

      expect(await refusal(verifier().verify(`${header}.${payload}.`))).toEqual(
        invalid(expect.stringMatching(/^Algoritmen none accepteres ikke fra login-udbyderen \//)),
      );
    });

    it('an HS256 token whose HMAC key is the provider’s public key (HS/RS confusion), on both paths', async () => {
      const real = await chefToken();
      const { kid } = decodeProtectedHeader(real);
      const published = (await provider.publishedKeys()).keys.find((key) => key.kid === kid)!;
      const pem = createPublicKey({ key: published, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      const token = await new SignJWT(decodeJwt(real))
        .setProtectedHeader({ alg: 'HS256', kid: kid! })
        .sign(new TextEncoder().encode(pem.toString()));

      // The OIDC verifier does not take HS256 at all …
      expect(await refusal(verifier().verify(token))).toEqual(
        invalid(expect.stringMatching(/^Algoritmen HS256 accepteres ikke fra login-udbyderen \//)),
      );
      // … and the router sends it to the development verifier, which checks it against its own secret only.
      const router = new RoutingTokenVerifier({ devTokens: new JwtTokens(DEV_SECRET), oidc: verifier() });
      expect(await refusal(router.verify(token))).toEqual(invalid('ERR_JWS_SIGNATURE_VERIFICATION_FAILED'));
    });
  });

  describe('refuses with IdentityProviderUnavailableError (the API answers 503)', () => {
    it('when nothing answers at the issuer', async () => {
      const nobody = verifier({ issuer: `http://127.0.0.1:${await freePort()}`, timeoutMs: 2_000 });

      expect(await refusal(nobody.verify(await chefToken()))).toEqual({
        name: 'IdentityProviderUnavailableError',
        message: expect.stringMatching(/^Login-udbyderens discovery-dokument kunne ikke hentes \//),
      });
    });

    it('when the discovery document names another issuer than the configured one', async () => {
      const trailingSlash = verifier({ issuer: `${provider.issuer}/` });

      expect(await refusal(trailingSlash.verify(await chefToken()))).toEqual({
        name: 'IdentityProviderUnavailableError',
        message: expect.stringMatching(/^Udbyderen oplyser issuer "http:\/\/127\.0\.0\.1:\d+", men OIDC_ISSUER er /),
      });
    });
  });

  describe('RoutingTokenVerifier with both verifiers', () => {
    it('sends a provider RS256 token to the OIDC verifier and a dev HS256 token to the dev verifier', async () => {
      const router = new RoutingTokenVerifier({ devTokens: new JwtTokens(DEV_SECRET), oidc: verifier() });
      const dev = await new JwtTokens(DEV_SECRET).issue('p-dev', ['facilitator']);

      expect(await router.verify(await chefToken())).toEqual({ id: 'chef-app', roles: ['chefgruppen'] });
      expect(await router.verify(dev)).toEqual({ id: 'p-dev', roles: ['facilitator'] });
    });

    it('refuses a dev token when dev tokens are disabled, and still accepts the provider’s', async () => {
      const withoutDev = new RoutingTokenVerifier({ oidc: verifier() });
      const dev = await new JwtTokens(DEV_SECRET).issue('p-dev', ['chefgruppen']);

      expect(await refusal(withoutDev.verify(dev))).toEqual(
        invalid('Udviklings-tokens er slået fra / Development tokens are disabled'),
      );
      expect(await withoutDev.verify(await chefToken())).toMatchObject({ id: 'chef-app' });
    });
  });
});

/** What a verification was refused with; fails the test if it was accepted. */
async function refusal(verification: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    const principal = await verification;
    throw new Error(`accepted, as ${JSON.stringify(principal)}`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('accepted, as')) throw error;
    if (!(error instanceof Error)) throw error;
    // The class, not just the name: the API's guard decides 401 or 503 by instanceof.
    const known = error instanceof InvalidTokenError || error instanceof IdentityProviderUnavailableError;
    return { name: known ? error.name : `unexpected ${error.constructor.name}`, message: error.message };
  }
}

function invalid(message: unknown) {
  return { name: 'InvalidTokenError', message };
}

/** Polls a condition that time will make true (here: the clock passing a token's `exp`). */
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
