import { createHash, randomBytes } from 'node:crypto';
import type { Reread } from './oidc-sign-in';
import { RefreshTokenSealer } from './refresh-token-sealer';
import { isRole, type Principal } from './roles';
import { resolveJwtSecret } from './jwt-secret';
import type { SessionStore, StoredSession } from './session-store';
import { InvalidTokenError } from './token-verifier';

/** A signed-in browser: who, in which roles, and the token its forms must send back (against cross-site posts). */
export interface WebSession extends Principal {
  readonly csrf: string;
  /** The person's own name, for the page header; absent when the organisation does not know them. */
  readonly name?: string;
}

/** Reads a person's roles at the provider again with the refresh token kept since sign-in (OidcSignIn). */
export interface SessionRoleSource {
  /** InvalidTokenError: the provider refused, and the session ends. IdentityProviderUnavailableError: no answer. */
  reread(refreshToken: string, personId: string): Promise<Reread>;
}

export interface WebSessionsOptions {
  /** SESSION_SECRET (or the development secret): the key that seals the refresh tokens is derived from it. */
  readonly secret: string;
  readonly store: SessionStore;
  /** How long a session lasts without signing in again. Default 8 hours. */
  readonly lifetimeSeconds?: number;
  /** SESSION_RECHECK_SECONDS: a provider session used longer than this after its last check reads its roles again. */
  readonly recheckSeconds?: number;
  /** The provider sign-in; undefined when there is none. */
  readonly roles?: SessionRoleSource | undefined;
}

/** The session ended at the server because the provider refused to vouch for the person any longer. */
export class SessionEndedError extends InvalidTokenError {}

/** 32 random bytes, base64url without padding: exactly 43 characters of [A-Za-z0-9_-]. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * The web interface's sessions, kept at the server: the cookie holds only a random id, the store the SHA-256 of it
 * with who the person is, their roles and the form token. Signing out deletes the row, so a copied cookie stops working
 * everywhere at once. A provider sign-in keeps the provider's refresh token (sealed) and, when the session is used
 * more than `recheckSeconds` after its roles were last read, reads them again: a role taken away at the provider is
 * gone here within that time, and a person the provider no longer accepts is signed out.
 */
export class WebSessions {
  private readonly store: SessionStore;
  private readonly sealer: RefreshTokenSealer;
  private readonly lifetimeMs: number;
  private readonly recheckMs: number;
  private readonly roles: SessionRoleSource | undefined;

  constructor(options: WebSessionsOptions) {
    if (Buffer.byteLength(options.secret, 'utf8') < 32) {
      throw new Error('Sessionshemmeligheden skal være mindst 32 bytes / The session secret must be at least 32 bytes');
    }
    this.store = options.store;
    this.sealer = new RefreshTokenSealer(options.secret);
    this.lifetimeMs = (options.lifetimeSeconds ?? 8 * 60 * 60) * 1000;
    this.recheckMs = (options.recheckSeconds ?? 60) * 1000;
    this.roles = options.roles;
  }

  /**
   * A new session for the principal, with a fresh form token; answers the cookie's value. `refreshToken`: the
   * provider's, to read the roles again later. Sessions that have expired meanwhile are deleted here.
   */
  async issue(principal: Principal, name?: string, refreshToken?: string): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const key = keyOf(id);
    const now = new Date();
    await this.store.removeExpired(now);
    await this.store.add(key, {
      personId: principal.id,
      roles: [...principal.roles],
      name,
      csrf: randomBytes(24).toString('base64url'),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.lifetimeMs),
      recheck:
        refreshToken === undefined
          ? undefined
          : { sealedRefreshToken: this.sealer.seal(refreshToken, key), checkedAt: now },
    });
    return id;
  }

  /**
   * The session's principal and form token; InvalidTokenError for anything that is not a live session of ours
   * (SessionEndedError when the provider's refusal just ended it), IdentityProviderUnavailableError when its roles are
   * due to be read again and the provider does not answer (the session stays; the next request tries again).
   * `recheckRoles: false` answers from the store alone, for pages that need no role (signing out must work while the
   * provider is down).
   */
  async verify(cookieValue: string, options: { readonly recheckRoles?: boolean } = {}): Promise<WebSession> {
    if (!SESSION_ID.test(cookieValue)) throw new InvalidTokenError('Ikke et sessions-id / Not a session id');
    const key = keyOf(cookieValue);
    const now = new Date();
    let session = await this.store.find(key, now);
    if (!session) throw new InvalidTokenError('Ingen levende session / No live session');
    const due = session.recheck && now.getTime() - session.recheck.checkedAt.getTime() >= this.recheckMs;
    if (due && options.recheckRoles !== false && this.roles) session = await this.recheck(key, session, now);
    return webSessionOf(session);
  }

  /** Ends the session at the server: the cookie's value no longer works anywhere. Anything else is ignored. */
  async revoke(cookieValue: string): Promise<void> {
    if (SESSION_ID.test(cookieValue)) await this.store.remove(keyOf(cookieValue));
  }

  private async recheck(key: Buffer, session: StoredSession, now: Date): Promise<StoredSession> {
    const seen = session.recheck!.checkedAt;
    if (!(await this.store.claimRecheck(key, seen, now))) {
      // Another request is reading the roles right now (or just did): go by what the store holds.
      const current = await this.store.find(key, now);
      if (!current) throw new InvalidTokenError('Ingen levende session / No live session');
      return current;
    }
    try {
      const refreshToken = this.sealer.open(session.recheck!.sealedRefreshToken, key);
      const reread = await this.roles!.reread(refreshToken, session.personId);
      const name = reread.name ?? session.name;
      const recheck = { sealedRefreshToken: this.sealer.seal(reread.refreshToken, key), checkedAt: now };
      await this.store.rechecked(key, reread.principal.roles, name, recheck);
      return { ...session, roles: reread.principal.roles, name, recheck };
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        await this.store.remove(key);
        throw new SessionEndedError(
          `Session afsluttet for ${session.personId}: udbyderen godtager ikke længere personen / ` +
            `Session ended for ${session.personId}: the provider no longer accepts the person (${error.message})`,
        );
      }
      await this.store.releaseRecheck(key, now, seen);
      throw error;
    }
  }
}

/** The store's key: the id's SHA-256. The id has 256 random bits, so nothing slower is needed against guessing. */
function keyOf(id: string): Buffer {
  return createHash('sha256').update(id, 'utf8').digest();
}

function webSessionOf(session: StoredSession): WebSession {
  const base = { id: session.personId, roles: session.roles.filter(isRole), csrf: session.csrf };
  return session.name === undefined ? base : { ...base, name: session.name };
}

/** SESSION_SECRET when set, else the development tokens' secret (through its own HKDF key, see RefreshTokenSealer). */
export function resolveSessionSecret(config: {
  readonly sessionSecret: string | undefined;
  readonly jwtSecret: string | undefined;
  readonly dataDir: string;
}): string {
  return config.sessionSecret ?? resolveJwtSecret(config.jwtSecret, config.dataDir);
}
