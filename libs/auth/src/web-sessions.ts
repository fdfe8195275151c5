import { hkdfSync, randomBytes } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import { isRole, type Principal } from './roles';
import { resolveJwtSecret } from './jwt-secret';
import { InvalidTokenError } from './token-verifier';

/** The audience and type every session carries: neither a sign-in token nor a confirmation link can pass for one. */
export const WEB_SESSION_AUDIENCE = 'ledelsesrum:web-session';
const WEB_SESSION_TYPE = 'web-session+jwt';
const HKDF_INFO = 'ledelsesrum web sessions';

/** A signed-in browser: who, in which roles, and the token its forms must send back (against cross-site posts). */
export interface WebSession extends Principal {
  readonly csrf: string;
  /** The person's own name, for the page header; absent when the organisation does not know them. */
  readonly name?: string;
}

/**
 * Signs and verifies the web interface's session cookie (HS256). The key is derived from the secret with HKDF, so even
 * when the secret is the development tokens' secret, a session key is never a token key or a link key.
 */
export class WebSessions {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    /** How long a session lasts without signing in again. */
    private readonly lifetime: string = '8h',
  ) {
    if (secret.length < 32) {
      throw new Error(
        'Sessionshemmeligheden skal være mindst 32 tegn / The session secret must be at least 32 characters',
      );
    }
    this.key = new Uint8Array(hkdfSync('sha256', secret, new Uint8Array(0), HKDF_INFO, 32));
  }

  /** A new session for the principal, with a fresh CSRF token. */
  async issue(principal: Principal, name?: string): Promise<string> {
    const claims = { roles: [...principal.roles], csrf: randomBytes(24).toString('base64url') };
    return new SignJWT(name === undefined ? claims : { ...claims, name })
      .setProtectedHeader({ alg: 'HS256', typ: WEB_SESSION_TYPE })
      .setSubject(principal.id)
      .setAudience(WEB_SESSION_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(this.lifetime)
      .sign(this.key);
  }

  /** The session's principal and CSRF token; InvalidTokenError for anything that is not a live session of ours. */
  async verify(token: string): Promise<WebSession> {
    try {
      const { payload, protectedHeader } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: WEB_SESSION_AUDIENCE,
        typ: WEB_SESSION_TYPE,
        requiredClaims: ['exp', 'sub'],
      });
      if (protectedHeader.typ !== WEB_SESSION_TYPE) throw new InvalidTokenError('Forkert type / Wrong type');
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
      const csrf = payload['csrf'];
      if (!payload.sub || typeof csrf !== 'string') throw new InvalidTokenError('Ufuldstændig session / Incomplete');
      const name = typeof payload['name'] === 'string' ? payload['name'] : undefined;
      return { id: payload.sub, roles, csrf, ...(name === undefined ? {} : { name }) };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
      throw error;
    }
  }
}

/** SESSION_SECRET when set, else the development tokens' secret (through its own HKDF key, see WebSessions). */
export function resolveSessionSecret(config: {
  readonly sessionSecret: string | undefined;
  readonly jwtSecret: string | undefined;
  readonly dataDir: string;
}): string {
  return config.sessionSecret ?? resolveJwtSecret(config.jwtSecret, config.dataDir);
}
