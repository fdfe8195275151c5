import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { discoverJwksUri } from './oidc-discovery';
import { sameSecret } from './oidc-sign-in-secrets';
import { OIDC_ALGORITHMS } from './oidc-verifier';
import { IdentityProviderUnavailableError, InvalidTokenError } from './token-verifier';

export interface IdTokenCheck {
  readonly issuer: string;
  readonly clientId: string;
  readonly clockToleranceSeconds: number;
  readonly timeoutMs: number;
}

/**
 * Checks an ID token as OpenID Connect Core §3.1.3.7 asks: signed by the provider's published keys (found through the
 * same discovery as the bearer-token verifier), from our issuer, for our client (`aud`, and `azp` when present),
 * unexpired, and carrying the nonce of this very sign-in attempt.
 */
export class IdTokenVerifier {
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly check: IdTokenCheck) {}

  async verify(idToken: string, nonce: string): Promise<JWTPayload> {
    const payload = await this.checked(idToken, ['exp', 'iat', 'sub', 'nonce']);
    if (!sameSecret(payload['nonce'], nonce)) {
      throw new InvalidTokenError('ID-tokenets nonce passer ikke / The ID token’s nonce does not match');
    }
    return payload;
  }

  /**
   * An ID token from a refresh (OpenID Connect Core §12.2): checked as at sign-in, but without a nonce, which belonged
   * to the sign-in attempt. Whose it is, the caller compares with the session's person.
   */
  verifyRefreshed(idToken: string): Promise<JWTPayload> {
    return this.checked(idToken, ['exp', 'iat', 'sub']);
  }

  private async checked(idToken: string, requiredClaims: string[]): Promise<JWTPayload> {
    const keys = await this.keySet();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, keys, {
        algorithms: [...OIDC_ALGORITHMS],
        issuer: this.check.issuer,
        audience: this.check.clientId,
        clockTolerance: this.check.clockToleranceSeconds,
        requiredClaims,
      }));
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof IdentityProviderUnavailableError) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(`ID-token: ${error.code}: ${error.message}`);
      throw error;
    }
    // Several audiences: the token must say it was issued to us (azp), or another client could pass its own on.
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if ((audiences.length > 1 || payload['azp'] !== undefined) && payload['azp'] !== this.check.clientId) {
      throw new InvalidTokenError('ID-tokenet er udstedt til en anden klient (azp) / issued to another client (azp)');
    }
    return payload;
  }

  /** Discovery once; a failure is not remembered, so the next sign-in tries again once the provider is back. */
  private keySet(): Promise<JWTVerifyGetKey> {
    if (!this.keys) {
      const pending = discoverJwksUri(this.check.issuer, this.check.timeoutMs).then((uri) => this.remoteKeys(uri));
      this.keys = pending;
      void pending.catch(() => {
        if (this.keys === pending) this.keys = undefined;
      });
    }
    return this.keys;
  }

  /** As the bearer-token verifier: no matching key is the token's fault, a failed fetch is the provider's. */
  private remoteKeys(uri: URL): JWTVerifyGetKey {
    const remote = createRemoteJWKSet(uri, { timeoutDuration: this.check.timeoutMs });
    return async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        if (
          error instanceof errors.JWKSNoMatchingKey ||
          error instanceof errors.JWKSMultipleMatchingKeys ||
          error instanceof errors.JOSENotSupported
        ) {
          throw new InvalidTokenError(`ID-token: ${error.code}: ${error.message}`);
        }
        throw new IdentityProviderUnavailableError(
          `Login-udbyderens nøgler kunne ikke hentes / The sign-in provider's keys could not be fetched: ` +
            `${uri.href}: ${(error as Error).message}`,
        );
      }
    };
  }
}
