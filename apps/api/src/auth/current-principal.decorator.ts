import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '../common/actor';
import type { AuthenticatedRequest } from './auth.guard';

/** The caller, as verified by the AuthGuard, with the request they came through. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
