import { timingSafeEqual } from 'node:crypto';
import { ForbiddenException, Logger } from '@nestjs/common';
import { InvalidTokenError, SessionEndedError, type WebSession, type WebSessions } from '@ledelsesrum/auth';
import { actorOf, type Actor } from '@ledelsesrum/api/auth';
import { message, refusal } from '@ledelsesrum/messages';
import { readCookies, sessionCookieName } from './cookies';
import type { WebRequest } from './page-context';

const logger = new Logger('auth');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the session from its cookie (undefined when there is none, or it has expired or was ended) and, for a form sent to
 * a web page, refuses it unless it came from a page of this site: the Origin header, when the browser sends one, must
 * be this site, and a signed-in form must carry the session's own CSRF token. The token is then taken out of the body,
 * so the form's fields are exactly the command's. `recheckRoles`: a page that needs a role has the roles read again
 * at the provider when they are due (IdentityProviderUnavailableError when it does not answer); the public pages
 * (signing in and out) go by the store alone.
 */
export async function checkWebRequest(
  request: WebRequest & { principal?: Actor; requestId?: string },
  sessions: WebSessions,
  /** The site's public address (PUBLIC_URL): behind a proxy the Host header may name another. */
  publicUrl: string,
  recheckRoles: boolean,
): Promise<WebSession | undefined> {
  const session = await readSession(request, sessions, publicUrl, recheckRoles);
  if (session) {
    request.webSession = session;
    request.principal = actorOf(session, request.requestId);
  }
  if (SAFE_METHODS.has(request.method)) return session;
  if (!sameOrigin(request, publicUrl))
    throw refusal(message('web.common.form.other-site'), (line) => new ForbiddenException(line));
  const body = request.body as Record<string, unknown> | undefined;
  const sent = body && typeof body === 'object' ? body['_csrf'] : undefined;
  if (body && typeof body === 'object') delete body['_csrf'];
  if (session && !(typeof sent === 'string' && same(sent, session.csrf))) {
    throw refusal(message('web.common.form.stale'), (line) => new ForbiddenException(line));
  }
  return session;
}

async function readSession(
  request: WebRequest,
  sessions: WebSessions,
  publicUrl: string,
  recheckRoles: boolean,
): Promise<WebSession | undefined> {
  const id = readCookies(request.headers['cookie'])[sessionCookieName(publicUrl)];
  if (!id) return undefined;
  try {
    return await sessions.verify(id, { recheckRoles });
  } catch (error) {
    if (error instanceof SessionEndedError) logger.log(error.message);
    if (error instanceof InvalidTokenError) return undefined;
    throw error;
  }
}

function sameOrigin(request: WebRequest, publicUrl: string): boolean {
  const origin = request.headers['origin'];
  if (typeof origin !== 'string' || origin === 'null') return origin === undefined;
  try {
    const host = new URL(origin).host;
    return host === request.headers['host'] || host === new URL(publicUrl).host;
  } catch {
    return false;
  }
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
