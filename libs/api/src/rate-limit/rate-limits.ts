import type { ExecutionContext } from '@nestjs/common';
import { normalizeIp, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '@ledelsesrum/config';
import type { Actor } from '../auth/actor';
import { RATE_LIMIT_KEY, type RateLimitedRoute } from './rate-limit.decorator';

interface TrackedRequest {
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string };
  /** Set by the guard that checked the caller, which runs first. */
  readonly principal?: Actor;
}

/**
 * The four limits: sign-in, the confirmation links and the workplace pages per client and minute, everything else per person (or per
 * client, before anyone is signed in) and second. A client is the connection's remote address (an IPv6 client by its
 * /64): behind a reverse proxy every client has the proxy's address, so the per-client limits are shared there.
 */
export function rateLimits({ limits }: AppConfig): ThrottlerModuleOptions {
  return {
    // Retry-After is set by RateLimitGuard; the other headers would go on every answer.
    setHeaders: false,
    // One count per person or client across all routes of a limit, not one per route.
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
    throttlers: [
      {
        name: 'sign-in',
        ttl: 60_000,
        limit: limits.signInPerMinute,
        skipIf: (context) => limitedRoute(context) !== 'sign-in',
        getTracker: client,
      },
      {
        name: 'confirm-link',
        ttl: 60_000,
        limit: limits.confirmLinkPerMinute,
        skipIf: (context) => limitedRoute(context) !== 'confirm-link',
        getTracker: client,
      },
      {
        name: 'workplace-page',
        ttl: 60_000,
        limit: limits.workplacePagePerMinute,
        skipIf: (context) => limitedRoute(context) !== 'workplace-page',
        getTracker: client,
      },
      {
        name: 'api',
        ttl: 1_000,
        limit: limits.apiPerSecond,
        skipIf: (context) => limitedRoute(context) !== undefined,
        getTracker: (request: TrackedRequest) =>
          request.principal ? `person:${request.principal.id}` : client(request),
      },
    ],
  };
}

function limitedRoute(context: ExecutionContext): RateLimitedRoute | undefined {
  return (Reflect.getMetadata(RATE_LIMIT_KEY, context.getHandler()) ??
    Reflect.getMetadata(RATE_LIMIT_KEY, context.getClass())) as RateLimitedRoute | undefined;
}

function client(request: TrackedRequest): string {
  return `client:${normalizeIp(request.ip ?? request.socket?.remoteAddress ?? 'unknown')}`;
}
