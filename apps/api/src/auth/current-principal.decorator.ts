import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@ledelsesrum/auth';
import type { AuthenticatedRequest } from './auth.guard';

/** The caller, as verified by the AuthGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
