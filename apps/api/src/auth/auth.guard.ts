import {
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  IdentityProviderUnavailableError,
  InvalidTokenError,
  type Principal,
  type Role,
  type TokenVerifier,
  type WebSession,
  type WebSessions,
} from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG, TOKEN_VERIFIER, WEB_SESSIONS } from '../tokens';
import { WEB_PAGE_KEY } from '../web/common/web-page.decorator';
import { checkWebRequest } from '../web/common/web-request-check';
import type { WebRequest } from '../web/common/page-context';
import { actorOf, type Actor } from '../common/actor';
import { logRefusedToken } from './refused-token-log';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { VERIFIED_BEARER, type WithVerifiedBearer } from './verified-bearer';

export interface AuthenticatedRequest extends WithVerifiedBearer {
  headers: Record<string, string | string[] | undefined>;
  readonly method?: string;
  readonly originalUrl?: string;
  /** Set by requestIdMiddleware before any guard runs. */
  requestId?: string;
  principal?: Actor;
}

/**
 * Global guard: a valid bearer token (401 otherwise) carrying one of the route's roles (403 otherwise); 503 when the
 * sign-in provider cannot be reached to check the token, because the caller's token may well be good. The web pages
 * (marked by @WebPages) take the caller from the session cookie instead, and only there is a cookie accepted: the API
 * itself never acts on a cookie, so no other site can make a browser call it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
    @Inject(WEB_SESSIONS) private readonly sessions: WebSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    if (this.reflector.getAllAndOverride<boolean>(WEB_PAGE_KEY, targets)) {
      const request = context.switchToHttp().getRequest<WebRequest & AuthenticatedRequest>();
      let session: WebSession | undefined;
      try {
        session = await checkWebRequest(request, this.sessions, this.config.publicUrl, !isPublic);
      } catch (error) {
        throw this.unavailable(error);
      }
      if (isPublic) return true;
      if (!session) throw new UnauthorizedException('Log ind først / Please sign in');
      return this.allow(session, targets);
    }
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header) : null;
    if (!match?.[1]) {
      if (header !== undefined)
        logRefusedToken(this.logger, request, 'Authorization er ikke / is not "Bearer <token>"');
      throw new UnauthorizedException('Mangler gyldigt token / A valid bearer token is required');
    }
    try {
      const verified = request[VERIFIED_BEARER] ?? (await this.tokens.verify(match[1]));
      request.principal = actorOf(verified, request.requestId);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        logRefusedToken(this.logger, request, error.message);
        throw new UnauthorizedException('Ugyldigt token / Invalid token');
      }
      throw this.unavailable(error);
    }
    return this.allow(request.principal, targets);
  }

  /**
   * A provider that cannot be reached to check the caller gives 503, not 401: their token or session may well be
   * good. A web session is kept meanwhile, and the next request asks the provider again. Anything else is rethrown.
   */
  private unavailable(error: unknown): unknown {
    if (!(error instanceof IdentityProviderUnavailableError)) return error;
    // The details (which URL, what failed) are for the operator, not the caller.
    this.logger.warn(error.message);
    return new ServiceUnavailableException('Login-udbyderen svarer ikke / The sign-in provider does not answer');
  }

  private allow(principal: Principal, targets: Parameters<Reflector['getAllAndOverride']>[1]): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!principal.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException('Din rolle giver ikke adgang / Your role does not allow this');
    }
    return true;
  }
}
