import { SetMetadata } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { RouteTargets } from './route-access';

const SESSION_ROUTE_KEY = 'ledelsesrum:session-route';

/**
 * Marks routes whose caller shows a session cookie rather than a bearer token: the web interface's pages. Their own
 * guard checks the session; the bearer guard leaves them to it. Who may call each route is still its @Roles or @Public.
 */
export const SessionRoutes = () => SetMetadata(SESSION_ROUTE_KEY, true);

export function isSessionRoute(reflector: Reflector, targets: RouteTargets): boolean {
  return reflector.getAllAndOverride<boolean>(SESSION_ROUTE_KEY, targets) ?? false;
}
