import { ForbiddenException, ServiceUnavailableException, type Logger } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { IdentityProviderUnavailableError, type Principal, type Role } from '@ledelsesrum/auth';
import { message, refusal } from '@ledelsesrum/messages';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/** The handler and its controller, where @Public and @Roles are read. */
export type RouteTargets = Parameters<Reflector['getAllAndOverride']>[1];

export function isPublicRoute(reflector: Reflector, targets: RouteTargets): boolean {
  return reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
}

/** Lets the caller through when they hold one of the route's @Roles; 403 otherwise. */
export function requireRole(reflector: Reflector, principal: Principal, targets: RouteTargets): true {
  const allowed = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
  if (!principal.roles.some((role) => allowed.includes(role))) {
    throw refusal(message('api.auth.role.forbidden'), (line) => new ForbiddenException(line));
  }
  return true;
}

/**
 * A provider that cannot be reached to check the caller gives 503, not 401: their token or session may well be
 * good. A web session is kept meanwhile, and the next request asks the provider again. Anything else is rethrown.
 */
export function unavailableProvider(logger: Logger, error: unknown): unknown {
  if (!(error instanceof IdentityProviderUnavailableError)) return error;
  // The details (which URL, what failed) are for the operator, not the caller.
  logger.warn(error.message);
  return refusal(message('api.auth.provider.unavailable'), (line) => new ServiceUnavailableException(line));
}
