import { JwtTokens, ROLES, isRole, resolveJwtSecret } from '@ledelsesrum/auth';
import { loadConfig } from '@ledelsesrum/config';

export const TOKEN_USAGE = `token --sub <person-id> --role <${ROLES.join('|')}> [--role …] [--expires 8h]`;

export interface IssuedToken {
  readonly token: string;
  /** For stderr: why the API will refuse this token, when it will. */
  readonly warning?: string;
}

/** Prints a development token signed with the same secret the API uses (AUTH_JWT_SECRET or the data folder's). */
export async function tokenCommand(flags: Map<string, string[]>): Promise<IssuedToken> {
  const unknown = [...flags.keys()].filter((name) => !['sub', 'role', 'expires'].includes(name));
  if (unknown.length > 0) throw new Error(`Ukendte flag / Unknown flags: ${unknown.join(', ')}`);
  const sub = flags.get('sub')?.[0];
  const roles = flags.get('role') ?? [];
  if (!sub) throw new Error(`--sub mangler / --sub is missing. Brug / Usage: ${TOKEN_USAGE}`);
  if (roles.length === 0 || !roles.every(isRole)) {
    throw new Error(`--role skal være en af / must be one of: ${ROLES.join(', ')}`);
  }
  const config = loadConfig();
  const tokens = new JwtTokens(resolveJwtSecret(config.jwtSecret, config.dataDir));
  const token = await tokens.issue(sub, roles.filter(isRole), flags.get('expires')?.[0] ?? '8h');
  // Still issued: the same settings may be meant for another API process (e.g. one started with AUTH_DEV_TOKENS=true).
  if (config.devTokens) return { token };
  return {
    token,
    warning:
      'Bemærk: med disse indstillinger afviser API’et udviklings-tokens (OIDC_ISSUER er sat; AUTH_DEV_TOKENS=true ' +
      'slår dem til) / Note: with these settings the API refuses development tokens (OIDC_ISSUER is set; ' +
      'AUTH_DEV_TOKENS=true enables them)',
  };
}
