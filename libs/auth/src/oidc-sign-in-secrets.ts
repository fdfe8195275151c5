import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

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

/** 32 random bytes each: 256 bits, base64url (43 characters, within PKCE's 43–128 unreserved characters). */
export function newSignInSecrets(): SignInSecrets {
  return { state: random(), nonce: random(), codeVerifier: random() };
}

/** PKCE's S256 method: BASE64URL(SHA256(ASCII(code_verifier))), RFC 7636 §4.2. */
export function codeChallenge(codeVerifier: string): string {
  return createHash('sha256').update(codeVerifier, 'ascii').digest('base64url');
}

/** Compares a secret from the request with the remembered one without leaking, by timing, how much of it matched. */
export function sameSecret(received: unknown, remembered: string): boolean {
  if (typeof received !== 'string') return false;
  const left = Buffer.from(received);
  const right = Buffer.from(remembered);
  return left.length === right.length && timingSafeEqual(left, right);
}

function random(): string {
  return randomBytes(32).toString('base64url');
}
