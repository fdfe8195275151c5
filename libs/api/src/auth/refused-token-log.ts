import type { Logger } from '@nestjs/common';

interface RefusedRequest {
  readonly method?: string;
  readonly originalUrl?: string;
  readonly url?: string;
  readonly requestId?: string;
}

/**
 * Logs why a bearer token was refused, with the request id the caller got back, so a refusal can be explained; never
 * the token, which may still be good (a token for another audience, say) or someone else's.
 */
export function logRefusedToken(logger: Logger, request: RefusedRequest, reason: string): void {
  const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
  logger.warn(
    `Token afvist / Token refused (request ${request.requestId ?? '-'}, ${request.method} ${path}): ${reason}`,
  );
}
