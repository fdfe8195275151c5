import { calculatePKCECodeChallenge } from 'openid-client';
import { newSignInSecrets, sameSecret } from './oidc-sign-in-secrets';

describe('the secrets of one sign-in attempt', () => {
  it('challenges with the S256 code challenge of RFC 7636 Appendix B', async () => {
    expect(await calculatePKCECodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes state, nonce and code verifier of 256 random bits each, as PKCE’s unreserved characters', () => {
    const secrets = newSignInSecrets();

    for (const value of [secrets.state, secrets.nonce, secrets.codeVerifier]) {
      // RFC 7636 §4.1: 43–128 characters of [A-Z] [a-z] [0-9] - . _ ~
      expect(value).toMatch(/^[A-Za-z0-9\-._~]{43}$/);
      expect(Buffer.from(value, 'base64url')).toHaveLength(32);
    }
    expect(new Set([secrets.state, secrets.nonce, secrets.codeVerifier]).size).toBe(3);
  });

  it('never makes the same secrets twice', () => {
    const states = new Set(Array.from({ length: 1000 }, () => newSignInSecrets().state));

    expect(states.size).toBe(1000);
  });

  it.each([
    ['the same value', 'abc', true],
    ['another value of the same length', 'abd', false],
    ['a longer value starting the same', 'abcd', false],
    ['an empty value', '', false],
    ['no value', undefined, false],
    ['a repeated query parameter (an array)', ['abc', 'abc'], false],
  ])('compares the received state with the remembered one: %s', (_name, received, same) => {
    expect(sameSecret(received, 'abc')).toBe(same);
  });
});
