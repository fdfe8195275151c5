/**
 * `employee` (medarbejder) is everyone else the organisation's sign-in knows: staff, who read what is published to the
 * organisation and nothing more. It comes last, so a person's start page is that of any other role they hold.
 */
export const ROLES = ['chefgruppen', 'facilitator', 'leader', 'auditor', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the person id from the token's `sub` and the roles it grants. */
export interface Principal {
  readonly id: string;
  readonly roles: readonly Role[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A person who signs in through the organisation's provider holding none of our other roles is an employee. */
export function rolesOfSignedIn(roles: readonly Role[]): Role[] {
  return roles.length > 0 ? [...roles] : ['employee'];
}
