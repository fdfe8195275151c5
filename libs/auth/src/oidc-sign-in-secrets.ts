import { timingSafeEqual } from 'node:crypto';
import { randomNonce, randomPKCECodeVerifier, randomState } from 'openid-client';

/**
 * What one sign-in attempt must remember between sending the browser to the provider and its return, and never show
 * anyone else: `state` ties the answer to this browser (against forged callbacks), `nonce` ties the ID token to this
 * attempt (against replayed tokens), and the PKCE code verifier proves that whoever redeems the code started the
 * attempt (against intercepted codes; RFC 7636).
 */
export interface SignInSecrets {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/** 32 random bytes each (openid-client): 256 bits, base64url, within PKCE's 43–128 unreserved characters. */
export function newSignInSecrets(): SignInSecrets {
  return { state: randomState(), nonce: randomNonce(), codeVerifier: randomPKCECodeVerifier() };
}

/** Compares a secret from the request with the remembered one without leaking, by timing, how much of it matched. */
export function sameSecret(received: unknown, remembered: string): boolean {
  if (typeof received !== 'string') return false;
  const left = Buffer.from(received);
  const right = Buffer.from(remembered);
  return left.length === right.length && timingSafeEqual(left, right);
}
