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
} from '@ledelsesrum/auth';
import { TOKEN_VERIFIER } from '../tokens';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}

/**
 * Global guard: a valid bearer token (401 otherwise) carrying one of the route's roles (403 otherwise); 503 when the
 * sign-in provider cannot be reached to check the token, because the caller's token may well be good.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['authorization'];
    const match = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header) : null;
    if (!match?.[1]) throw new UnauthorizedException('Mangler gyldigt token / A valid bearer token is required');
    try {
      request.principal = await this.tokens.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new UnauthorizedException('Ugyldigt token / Invalid token');
      }
      if (error instanceof IdentityProviderUnavailableError) {
        // The details (which URL, what failed) are for the operator, not the caller.
        this.logger.warn(error.message);
        throw new ServiceUnavailableException('Login-udbyderen svarer ikke / The sign-in provider does not answer');
      }
      throw error;
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!request.principal.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException('Din rolle giver ikke adgang / Your role does not allow this');
    }
    return true;
  }
}
