import type { Principal } from '@ledelsesrum/auth';

/**
 * The bearer token's principal, put on the request when the token was checked before its body was read
 * (authenticateBeforeBody), so BearerAuthGuard does not check the same token twice.
 */
export const VERIFIED_BEARER = Symbol('VERIFIED_BEARER');

export interface WithVerifiedBearer {
  [VERIFIED_BEARER]?: Principal;
}
