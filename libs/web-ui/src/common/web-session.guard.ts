import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { WebSession, WebSessions } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { isPublicRoute, isSessionRoute, requireRole, unavailableProvider } from '@ledelsesrum/api/auth';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { message, refusal } from '@ledelsesrum/messages';
import type { WebRequest } from './page-context';
import { checkWebRequest } from './web-request-check';
import { WEB_SESSIONS } from './web-tokens';

const logger = new Logger('auth');

/**
 * Global guard of the web pages (@WebPages): the caller is the session cookie, and a form must come from a page of
 * this site with the session's CSRF token (checkWebRequest). Not signed in is 401 (the pages answer it with the
 * sign-in page), a role the route does not name 403, an unreachable sign-in provider 503. Other routes are the
 * bearer guard's.
 */
@Injectable()
export class WebSessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(WEB_SESSIONS) private readonly sessions: WebSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (!isSessionRoute(this.reflector, targets)) return true;
    const isPublic = isPublicRoute(this.reflector, targets);
    const request = context.switchToHttp().getRequest<WebRequest & { requestId?: string }>();
    let session: WebSession | undefined;
    try {
      session = await checkWebRequest(request, this.sessions, this.config.publicUrl, !isPublic);
    } catch (error) {
      throw unavailableProvider(logger, error);
    }
    if (isPublic) return true;
    if (!session) throw refusal(message('web.common.session.sign-in-first'), (line) => new UnauthorizedException(line));
    return requireRole(this.reflector, session, targets);
  }
}
