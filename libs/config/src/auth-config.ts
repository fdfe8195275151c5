/** How callers sign in: development tokens (HS256 with a shared secret) and/or an OpenID Connect provider. */
export interface AuthConfig {
  /** Undefined means: use (or generate) the secret kept in the data folder. Only read when devTokens is true. */
  readonly jwtSecret: string | undefined;
  /** Whether the API accepts development tokens (HS256, issued by `npm run cli -- token`). */
  readonly devTokens: boolean;
  /** Sign-in through an OpenID Connect provider; undefined when OIDC_ISSUER is unset. */
  readonly oidc: OidcConfig | undefined;
  /**
   * Signs the web interface's session cookies. Undefined means: the development tokens' secret (AUTH_JWT_SECRET or the
   * data folder's file), through a key of its own. Replicas of the API must share it.
   */
  readonly sessionSecret: string | undefined;
}

export interface OidcConfig {
  /** Exactly as the provider writes it in `iss` (a trailing slash matters). */
  readonly issuer: string;
  /** Required `aud` value; undefined means `aud` is not checked. */
  readonly audience: string | undefined;
  /** The claim holding the caller's roles: a name, or a dotted path such as `realm_access.roles`. */
  readonly rolesClaim: string;
  /** Provider role value → our role name, in the order given. Role names themselves need no entry. */
  readonly roleMap: readonly (readonly [external: string, role: string])[];
  /** The claim holding the person id (`sub` unless e.g. an employee number claim is named). */
  readonly personIdClaim: string;
  /** Signing in to the web interface through the provider; undefined when OIDC_CLIENT_ID is unset. */
  readonly webSignIn: OidcWebSignInConfig | undefined;
}

/** The web interface as a client of the provider (authorization code flow with PKCE). */
export interface OidcWebSignInConfig {
  /** The client (application) id registered at the provider; the ID token's `aud`. */
  readonly clientId: string;
  /** Set: a confidential client authenticating at the token endpoint. Unset: a public client (PKCE only). */
  readonly clientSecret: string | undefined;
  /** Space-separated; always includes `openid`. */
  readonly scopes: string;
}

const OIDC_DETAILS = [
  'OIDC_AUDIENCE',
  'OIDC_ROLES_CLAIM',
  'OIDC_ROLE_MAP',
  'OIDC_PERSON_ID_CLAIM',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_SCOPES',
] as const;
const DEFAULT_SCOPES = 'openid profile email';

export function loadAuthConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const oidc = loadOidcConfig(env);
  // With a provider configured, production must not also accept tokens anyone with the dev secret can mint.
  const devTokens = boolean(env, 'AUTH_DEV_TOKENS', oidc === undefined);
  if (!devTokens && oidc === undefined) {
    throw new Error(
      'AUTH_DEV_TOKENS=false kræver OIDC_ISSUER, ellers kan ingen logge ind / ' +
        'AUTH_DEV_TOKENS=false requires OIDC_ISSUER, otherwise nobody can sign in',
    );
  }
  const sessionSecret = text(env, 'SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new Error('SESSION_SECRET skal være mindst 32 tegn / must be at least 32 characters');
  }
  return { jwtSecret: env['AUTH_JWT_SECRET'] || undefined, devTokens, oidc, sessionSecret };
}

function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = text(env, 'OIDC_ISSUER');
  if (issuer === undefined) {
    // A half-configured provider would otherwise fall back to dev tokens without anyone noticing.
    const stray = OIDC_DETAILS.filter((name) => text(env, name) !== undefined);
    if (stray.length > 0) {
      throw new Error(`${stray.join(', ')} kræver OIDC_ISSUER / requires OIDC_ISSUER`);
    }
    return undefined;
  }
  return {
    issuer: issuerUrl(issuer),
    audience: text(env, 'OIDC_AUDIENCE'),
    rolesClaim: claimName(env, 'OIDC_ROLES_CLAIM', 'roles'),
    roleMap: roleMap(text(env, 'OIDC_ROLE_MAP')),
    personIdClaim: claimName(env, 'OIDC_PERSON_ID_CLAIM', 'sub'),
    webSignIn: webSignIn(env),
  };
}

/** Without a client id the provider still vouches for bearer tokens; only the web interface's button is missing. */
function webSignIn(env: NodeJS.ProcessEnv): OidcWebSignInConfig | undefined {
  const clientId = text(env, 'OIDC_CLIENT_ID');
  if (clientId === undefined) {
    // A secret or scopes with no client to use them means a variable was misspelt or forgotten.
    const stray = (['OIDC_CLIENT_SECRET', 'OIDC_SCOPES'] as const).filter((name) => text(env, name) !== undefined);
    if (stray.length > 0) throw new Error(`${stray.join(', ')} kræver OIDC_CLIENT_ID / requires OIDC_CLIENT_ID`);
    return undefined;
  }
  return { clientId, clientSecret: text(env, 'OIDC_CLIENT_SECRET'), scopes: scopes(text(env, 'OIDC_SCOPES')) };
}

/** Without `openid` the provider answers with a plain OAuth access token and no ID token to sign in with. */
function scopes(raw: string | undefined): string {
  const list = (raw ?? DEFAULT_SCOPES).split(/\s+/).filter((scope) => scope !== '');
  if (!list.includes('openid')) {
    throw new Error(`OIDC_SCOPES skal indeholde openid / must include openid: "${raw}"`);
  }
  return [...new Set(list)].join(' ');
}

/** The provider's keys are fetched from below the issuer, so plain http is only tolerable on this machine. */
function issuerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OIDC_ISSUER er ikke en URL / is not a URL: "${raw}"`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(
      `OIDC_ISSUER skal være en https-URL (http kun for localhost/127.0.0.1) / ` +
        `must be an https URL (http only for localhost/127.0.0.1): "${raw}"`,
    );
  }
  // OpenID Connect Discovery 1.0 §2: an issuer has no query or fragment.
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `OIDC_ISSUER må ikke have query, fragment eller brugernavn / ` +
        `must not have a query, fragment or credentials: "${raw}"`,
    );
  }
  return raw;
}

function claimName(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = text(env, name) ?? fallback;
  if (value.split('.').some((segment) => segment.trim() === '' || segment.trim() !== segment)) {
    throw new Error(
      `${name} skal være et claim-navn eller en sti som realm_access.roles / ` +
        `must be a claim name or a dotted path like realm_access.roles: "${value}"`,
    );
  }
  return value;
}

/** `provider-value=role,…`. Whether each role exists is checked where roles are known (libs/auth). */
function roleMap(raw: string | undefined): readonly (readonly [string, string])[] {
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      // The last '=' splits, so a provider value may itself contain '=' (role names never do).
      const at = entry.lastIndexOf('=');
      const external = entry.slice(0, at).trim();
      const role = entry.slice(at + 1).trim();
      if (at < 0 || external === '' || role === '') {
        throw new Error(
          `OIDC_ROLE_MAP: "${entry}" skal have formen udbyder-værdi=rolle / must look like provider-value=role`,
        );
      }
      return [external, role] as const;
    });
}

export function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${name} skal være true eller false / must be true or false, got "${value}"`);
}

/** Unset and empty (or blank) mean the same: the default. */
function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
