import type { Principal } from './roles';
import { RoutingTokenVerifier } from './routing-token-verifier';
import { InvalidTokenError, type TokenVerifier } from './token-verifier';

/** A verifier that accepts everything and says who it is, to see where the router sent a token. */
const named = (id: string): TokenVerifier => ({ verify: async (): Promise<Principal> => ({ id, roles: [] }) });
/** Only the header matters to the router; the verifiers behind it check signatures. */
const withAlg = (alg: unknown) => `${Buffer.from(JSON.stringify({ alg })).toString('base64url')}.e30.c2ln`;

describe('RoutingTokenVerifier', () => {
  const both = new RoutingTokenVerifier({ devTokens: named('dev'), oidc: named('oidc') });

  it.each([
    ['HS256', 'dev'],
    ['RS256', 'oidc'],
    ['ES256', 'oidc'],
  ])('sends %s to the %s verifier', async (alg, verifier) => {
    expect((await both.verify(withAlg(alg))).id).toBe(verifier);
  });

  it.each(['none', 'HS384', 'HS512', 'RS512', 'PS256', 'ES384', 'EdDSA', 'RSA-OAEP', undefined, 256])(
    'refuses alg %s',
    async (alg) => {
      await expect(both.verify(withAlg(alg))).rejects.toThrow(
        new InvalidTokenError(`Algoritmen ${String(alg)} accepteres ikke / Algorithm ${String(alg)} is not accepted`),
      );
    },
  );

  it.each(['abc', '', 'a.b.c', '.e30.'])('refuses the unreadable token %j', async (token) => {
    await expect(both.verify(token)).rejects.toThrow(
      new InvalidTokenError('Tokenet kan ikke læses / The token cannot be read'),
    );
  });

  it('refuses HS256 when development tokens are disabled', async () => {
    await expect(new RoutingTokenVerifier({ oidc: named('oidc') }).verify(withAlg('HS256'))).rejects.toThrow(
      new InvalidTokenError('Udviklings-tokens er slået fra / Development tokens are disabled'),
    );
  });

  it('refuses RS256 when no provider is configured', async () => {
    await expect(new RoutingTokenVerifier({ devTokens: named('dev') }).verify(withAlg('RS256'))).rejects.toThrow(
      new InvalidTokenError('Ingen login-udbyder er sat op / No sign-in provider is configured'),
    );
  });
});
