import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import {
  IdentityProviderUnavailableError,
  InvalidTokenError,
  type TokenVerifier,
  type WebSessions,
} from '@ledelsesrum/auth';
import { message } from '@ledelsesrum/messages';
import { logRefusedToken, VERIFIED_BEARER, type WithVerifiedBearer } from '@ledelsesrum/api/auth';
import { readCookies, sessionCookieName } from '@ledelsesrum/web-ui';
import { refuse, type Refusal } from './refusal';
import type { RoutePolicy, RouteTable } from './route-table';

/** The route's policy, put on the request for the body parsers that follow. */
export const ROUTE_POLICY = Symbol('ROUTE_POLICY');

export type GatedRequest = IncomingMessage & WithVerifiedBearer & { [ROUTE_POLICY]?: RoutePolicy };

const MISSING_TOKEN: Refusal = { status: 401, words: message('api.auth.token.missing') };
const INVALID_TOKEN: Refusal = { status: 401, words: message('api.auth.token.invalid') };
const NOT_SIGNED_IN: Refusal = { status: 401, words: message('api.auth.session.missing') };
const PROVIDER_DOWN: Refusal = { status: 503, words: message('api.auth.provider.unavailable') };

export function tooLarge(limit: number): Refusal {
  const size = limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${Math.round(limit / 1024)} KB`;
  return {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    words: message('api.request.body.too-large', { size }),
    details: { limitBytes: limit },
  };
}

/**
 * Runs before any body parser. A request that carries a body to a route that needs a caller must show valid
 * credentials first — a bearer token on the API, the session cookie on a web page — or is refused at once, its body
 * unread: so anonymous uploads cost neither memory nor time. A declared length over the route's limit is refused the
 * same way. Who may call the route (its roles) is still the guards' to decide once the body is read; a request
 * without a body goes straight to it.
 */
export function authenticateBeforeBody(
  routes: RouteTable,
  tokens: TokenVerifier,
  sessions: WebSessions,
  /** PUBLIC_URL: over https the session cookie carries the __Host- prefix. */
  publicUrl: string,
) {
  const logger = new Logger('auth');
  const sessionCookie = sessionCookieName(publicUrl);

  async function check(request: GatedRequest, policy: RoutePolicy): Promise<Refusal | undefined> {
    try {
      if (policy.webPage) {
        const session = readCookies(request.headers['cookie'])[sessionCookie];
        if (!session) return NOT_SIGNED_IN;
        await sessions.verify(session);
        return undefined;
      }
      const header = request.headers['authorization'];
      const match = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header) : null;
      if (!match?.[1]) {
        if (header !== undefined) logRefusedToken(logger, request, 'Authorization er ikke / is not "Bearer <token>"');
        return MISSING_TOKEN;
      }
      // Kept for BearerAuthGuard, which then need not check the same token again once the body is read.
      request[VERIFIED_BEARER] = await tokens.verify(match[1]);
      return undefined;
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        if (policy.webPage) return NOT_SIGNED_IN;
        logRefusedToken(logger, request, error.message);
        return INVALID_TOKEN;
      }
      if (error instanceof IdentityProviderUnavailableError) {
        logger.warn(error.message);
        return PROVIDER_DOWN;
      }
      throw error;
    }
  }

  return (request: GatedRequest, response: ServerResponse, next: (error?: unknown) => void): void => {
    const policy = routes.find(request.method ?? 'GET', (request.url ?? '/').split('?')[0]!);
    if (!policy) return next();
    request[ROUTE_POLICY] = policy;
    if (!hasBody(request)) return next();
    // A multipart form is read, and refused when too large, only by the one route that takes one (the import page,
    // chefgruppen/organisation/upload.ts in the web interface), which answers a browser with a page that says so.
    const tooLong = () => !isMultipart(request) && declaredLength(request) > policy.bodyLimit;
    if (policy.isPublic) {
      if (tooLong()) return refuse(request, response, tooLarge(policy.bodyLimit), policy.webPage);
      invite(request, response);
      return next();
    }
    check(request, policy).then((refusal) => {
      if (refusal) return refuse(request, response, refusal, policy.webPage);
      if (tooLong()) return refuse(request, response, tooLarge(policy.bodyLimit), policy.webPage);
      invite(request, response);
      next();
    }, next);
  };
}

/**
 * A client that asks before it sends its body (`Expect: 100-continue`) is told to go on only once authenticateBeforeBody
 * has let the request through, rather than at once as Node would: a refused caller then never sends the body at all.
 */
export function inviteBodiesOnlyWhenAccepted(server: Server): void {
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    server.emit('request', request, response);
  });
}

function invite(request: IncomingMessage, response: ServerResponse): void {
  if (/^100-continue$/i.test(request.headers['expect'] ?? '')) response.writeContinue();
}

/** As Node and the body parsers tell: a length, or a chunked body. */
export function hasBody(request: IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || declaredLength(request) > 0;
}

function isMultipart(request: IncomingMessage): boolean {
  return /^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');
}

function declaredLength(request: IncomingMessage): number {
  const length = Number(request.headers['content-length'] ?? 0);
  return Number.isFinite(length) ? length : 0;
}
