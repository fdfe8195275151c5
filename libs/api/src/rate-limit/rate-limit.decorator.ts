import { SetMetadata } from '@nestjs/common';

/**
 * The routes with a limit of their own, per client (remote address): the ways in, where nobody is signed in yet.
 * Every other route counts against the caller's per-person limit (RATE_LIMIT_API_PER_SECOND).
 */
export type RateLimitedRoute = 'sign-in' | 'confirm-link' | 'workplace-page';

export const RATE_LIMIT_KEY = 'ledelsesrum:rate-limit';

/** Puts a route (or every route of a controller) under the per-client limit of `route`. */
export const RateLimit = (route: RateLimitedRoute) => SetMetadata(RATE_LIMIT_KEY, route);
