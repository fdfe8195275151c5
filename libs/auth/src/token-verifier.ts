import type { Principal } from './roles';

/**
 * The port the API's guard depends on: turns a bearer token into the caller, or says why it cannot. Adapters: the
 * development tokens (HS256), an OpenID Connect provider, and the router that picks between them by `alg`.
 */
export interface TokenVerifier {
  /** Rejects with InvalidTokenError for a token that must be refused (401). */
  verify(token: string): Promise<Principal>;
}

/** The token itself is unacceptable: bad signature, wrong issuer or audience, expired, unknown algorithm … */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/**
 * The token could not be checked because the sign-in provider did not answer (or answered nonsense). Kept apart from
 * InvalidTokenError so the API can answer 503 instead of telling a caller with a good token to sign in again.
 */
export class IdentityProviderUnavailableError extends Error {
  override readonly name = 'IdentityProviderUnavailableError';
}
