import { SetMetadata } from '@nestjs/common';
import type { Role } from '@ledelsesrum/auth';

export const ROLES_KEY = 'ledelsesrum:roles';
export const PUBLIC_KEY = 'ledelsesrum:public';

/** The roles that may call a route (any one of them). A route without @Roles or @Public is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a bearer token: health, and the confirmation link (its signed token is the key). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Anyone signed in in one of the roles that run the meeting rounds (not an employee, who reads only the staff pages);
 * the handler then checks the person (e.g. their own cascade).
 */
export const AnyRole = () => SetMetadata(ROLES_KEY, ['chefgruppen', 'facilitator', 'leader', 'auditor']);
