export const ROLES = ['chefgruppen', 'facilitator', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: the person id from the token's `sub` and the roles it grants. */
export interface Principal {
  readonly id: string;
  readonly roles: readonly Role[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
