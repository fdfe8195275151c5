import { ROLES, isRole, type Role } from './roles';

/**
 * Translates the provider's role values (app roles, groups, realm roles …) into ours. With a map, only mapped values
 * grant roles: a provider value that merely equals one of our role names (a group anyone at the provider may create
 * or join, say "auditor") grants nothing unless mapped. Without a map, values that are our role names are themselves.
 * Anything else is dropped, so a provider cannot grant a role we do not know.
 */
export class RoleMap {
  private readonly entries = new Map<string, Role[]>();

  constructor(entries: Iterable<readonly [external: string, role: string]> = []) {
    for (const [external, role] of entries) {
      // Checked here, not in libs/config, because only this library knows the role names.
      if (!isRole(role)) {
        throw new Error(
          `OIDC_ROLE_MAP: "${role}" (for "${external}") er ikke en rolle / is not a role; ` +
            `roller / roles: ${ROLES.join(', ')}`,
        );
      }
      const roles = this.entries.get(external) ?? [];
      if (!roles.includes(role)) roles.push(role);
      this.entries.set(external, roles);
    }
  }

  /** The claim's value: an array of strings, or one string holding one value or several separated by spaces. */
  rolesOf(claim: unknown): Role[] {
    const values = typeof claim === 'string' ? claim.split(/\s+/) : Array.isArray(claim) ? claim : [];
    const roles = new Set<Role>();
    for (const value of values) {
      if (typeof value !== 'string' || value === '') continue;
      for (const role of this.rolesOfValue(value)) roles.add(role);
    }
    return [...roles];
  }

  private rolesOfValue(value: string): readonly Role[] {
    if (this.entries.size > 0) return this.entries.get(value) ?? [];
    return isRole(value) ? [value] : [];
  }
}
