export { actorOf, type Actor } from './actor';
export { BearerAuthGuard } from './bearer-auth.guard';
export { logRefusedToken } from './refused-token-log';
export { Public, Roles } from './roles.decorator';
export { isPublicRoute, requireRole, unavailableProvider } from './route-access';
export { isSessionRoute, SessionRoutes } from './session-routes';
export { VERIFIED_BEARER, type WithVerifiedBearer } from './verified-bearer';
