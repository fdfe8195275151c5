import { hkdfSync } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { SignInSecrets } from './oidc-sign-in-secrets';
import { InvalidTokenError } from './token-verifier';

const PENDING_TYPE = 'oidc-sign-in+jwt';
const PENDING_AUDIENCE = 'ledelsesrum:oidc-sign-in';
/** Its own HKDF info: this key is neither the session key nor a token key, though all come from one secret. */
const HKDF_INFO = 'ledelsesrum oidc sign-in attempts';

/** A sign-in attempt between leaving for the provider and coming back: its secrets and where to go afterwards. */
export interface PendingSignIn extends SignInSecrets {
  /** A path on this site (already checked to be one), or '' for the role's start page. */
  readonly back: string;
}

/**
 * Seals a pending sign-in into the value of a short-lived cookie (HS256 JWT), so no server has to remember it and any
 * replica can finish the attempt. Signed, not encrypted: the browser that started the attempt may read its own
 * secrets; what matters is that nobody can forge or alter them, and that they expire.
 */
export class PendingSignIns {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    /** Ten minutes: enough to type a password and approve a second factor, short enough to go stale. */
    readonly lifetimeSeconds = 600,
  ) {
    if (secret.length < 32) {
      throw new Error('Hemmeligheden skal være mindst 32 tegn / The secret must be at least 32 characters');
    }
    this.key = new Uint8Array(hkdfSync('sha256', secret, new Uint8Array(0), HKDF_INFO, 32));
  }

  seal(pending: PendingSignIn): Promise<string> {
    const { state, nonce, codeVerifier, back } = pending;
    return new SignJWT({ state, nonce, codeVerifier, back })
      .setProtectedHeader({ alg: 'HS256', typ: PENDING_TYPE })
      .setAudience(PENDING_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.lifetimeSeconds}s`)
      .sign(this.key);
  }

  /** The pending sign-in; InvalidTokenError when the value is forged, altered, expired or not one of these. */
  async open(sealed: string): Promise<PendingSignIn> {
    try {
      const { payload } = await jwtVerify(sealed, this.key, {
        algorithms: ['HS256'],
        audience: PENDING_AUDIENCE,
        typ: PENDING_TYPE,
        requiredClaims: ['exp'],
      });
      const { state, nonce, codeVerifier, back } = payload;
      if (![state, nonce, codeVerifier, back].every((value) => typeof value === 'string')) {
        throw new InvalidTokenError('Ufuldstændigt login-forsøg / Incomplete sign-in attempt');
      }
      return { state, nonce, codeVerifier, back } as PendingSignIn;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
      throw error;
    }
  }
}
