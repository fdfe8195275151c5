import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { readClaim } from './claim-path';
import { discoverJwksUri } from './oidc-discovery';
import { RoleMap } from './role-map';
import type { Principal } from './roles';
import { IdentityProviderUnavailableError, InvalidTokenError, type TokenVerifier } from './token-verifier';

/** What every OpenID provider we expect (Entra ID, Keycloak, …) signs with; anything else is refused before I/O. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256'] as const;

export interface OidcVerifierOptions {
  /** Compared exactly with `iss` and with the discovery document's `issuer`. */
  readonly issuer: string;
  /** The `aud` every token must carry: without it, tokens the provider issued for its other applications would pass. */
  readonly audience: string;
  /** Name or dotted path of the roles claim (default `roles`). */
  readonly rolesClaim?: string;
  /** Provider value → our role; see RoleMap. */
  readonly roleMap?: Iterable<readonly [string, string]>;
  /** Claim holding the person id (default `sub`). */
  readonly personIdClaim?: string;
  /** Allowed clock skew between us and the provider for `exp`/`nbf`/`iat` (default 30 s). */
  readonly clockToleranceSeconds?: number;
  /** Per request to the provider: discovery and key set (default 5 s). */
  readonly timeoutMs?: number;
  /**
   * How long after fetching the key set an unknown `kid` does not trigger another fetch (jose's default 30 s). It
   * keeps forged `kid`s from making us hammer the provider; tests lower it to see a rotation without waiting.
   */
  readonly jwksCooldownMs?: number;
}

/**
 * Verifies access or ID tokens issued by one OpenID Connect provider. The key set's address comes from discovery,
 * fetched on first use (so the API starts while the provider is down); jose's remote key set caches the keys and
 * fetches them again when a token names a `kid` it does not know (the provider has rotated its keys).
 */
export class OidcVerifier implements TokenVerifier {
  private readonly roleMap: RoleMap;
  private readonly rolesClaim: string;
  private readonly personIdClaim: string;
  private readonly timeoutMs: number;
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly options: OidcVerifierOptions) {
    this.roleMap = new RoleMap(options.roleMap ?? []);
    this.rolesClaim = options.rolesClaim ?? 'roles';
    this.personIdClaim = options.personIdClaim ?? 'sub';
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  async verify(token: string): Promise<Principal> {
    this.refuseForeignAlgorithm(token);
    const keys = await this.keySet();
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: [...OIDC_ALGORITHMS],
        issuer: this.options.issuer,
        audience: this.options.audience,
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
        // A token without `exp` would never expire; `sub` is what OpenID Connect promises to identify the person by.
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof IdentityProviderUnavailableError) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(`${error.code}: ${error.message}`);
      throw error;
    }
    return { id: this.personId(payload), roles: this.roleMap.rolesOf(readClaim(payload, this.rolesClaim)) };
  }

  /** Cheap and offline: garbage or an HS256/`none` token must not cost a request to the provider. */
  private refuseForeignAlgorithm(token: string): void {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new InvalidTokenError('Tokenet kan ikke læses / The token cannot be read');
    }
    if (!(OIDC_ALGORITHMS as readonly unknown[]).includes(alg)) {
      throw new InvalidTokenError(
        `Algoritmen ${String(alg)} accepteres ikke fra login-udbyderen / Algorithm ${String(alg)} is not accepted ` +
          `from the sign-in provider (${OIDC_ALGORITHMS.join(', ')})`,
      );
    }
  }

  private personId(payload: Record<string, unknown>): string {
    const value = readClaim(payload, this.personIdClaim);
    // Employee numbers are sometimes numeric claims; the person id is a string either way.
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new InvalidTokenError(
      `Tokenet mangler person-id i ${this.personIdClaim} / The token has no person id in ${this.personIdClaim}`,
    );
  }

  /** Discovery once; a failure is not remembered, so the next request tries again once the provider is back. */
  private keySet(): Promise<JWTVerifyGetKey> {
    if (!this.keys) {
      const pending = discoverJwksUri(this.options.issuer, this.timeoutMs).then((uri) => this.remoteKeys(uri));
      this.keys = pending;
      void pending.catch(() => {
        if (this.keys === pending) this.keys = undefined;
      });
    }
    return this.keys;
  }

  private remoteKeys(uri: URL): JWTVerifyGetKey {
    const remote = createRemoteJWKSet(uri, {
      timeoutDuration: this.timeoutMs,
      ...(this.options.jwksCooldownMs === undefined ? {} : { cooldownDuration: this.options.jwksCooldownMs }),
    });
    return async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        // No key for this `kid` (even after a refetch) is the token's problem; failing to fetch is the provider's.
        if (
          error instanceof errors.JWKSNoMatchingKey ||
          error instanceof errors.JWKSMultipleMatchingKeys ||
          error instanceof errors.JOSENotSupported
        ) {
          throw new InvalidTokenError(`${error.code}: ${error.message}`);
        }
        throw new IdentityProviderUnavailableError(
          `Login-udbyderens nøgler kunne ikke hentes / The sign-in provider's keys could not be fetched: ` +
            `${uri.href}: ${(error as Error).message}`,
        );
      }
    };
  }
}
