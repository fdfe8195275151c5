import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from './actor';
import type { AuthenticatedRequest } from './bearer-auth.guard';

/** The caller, as its route's guard verified them (bearer token or session), with the request they came through. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
