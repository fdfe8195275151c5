import {
  Inject,
  Injectable,
  Logger,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidTokenError, type TokenVerifier } from '@ledelsesrum/auth';
import { message, refusal } from '@ledelsesrum/messages';
import { TOKEN_VERIFIER } from '../infrastructure/tokens';
import { actorOf, type Actor } from './actor';
import { logRefusedToken } from './refused-token-log';
import { isPublicRoute, requireRole, unavailableProvider } from './route-access';
import { isSessionRoute } from './session-routes';
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
 * Global guard of the API's routes: a valid bearer token (401 otherwise) carrying one of the route's roles (403
 * otherwise); 503 when the sign-in provider cannot be reached to check the token, because the caller's token may well
 * be good. The web pages (@SessionRoutes) have a guard of their own that takes the caller from the session cookie, and
 * only there is a cookie accepted: the API itself never acts on a cookie, so no other site can make a browser call it.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (isSessionRoute(this.reflector, targets) || isPublicRoute(this.reflector, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header) : null;
    if (!match?.[1]) {
      if (header !== undefined)
        logRefusedToken(this.logger, request, 'Authorization er ikke / is not "Bearer <token>"');
      throw refusal(message('api.auth.token.missing'), (line) => new UnauthorizedException(line));
    }
    try {
      const verified = request[VERIFIED_BEARER] ?? (await this.tokens.verify(match[1]));
      request.principal = actorOf(verified, request.requestId);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        logRefusedToken(this.logger, request, error.message);
        throw refusal(message('api.auth.token.invalid'), (line) => new UnauthorizedException(line));
      }
      throw unavailableProvider(this.logger, error);
    }
    return requireRole(this.reflector, request.principal, targets);
  }
}
