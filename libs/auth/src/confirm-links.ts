import { hkdfSync } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import { resolveJwtSecret } from './jwt-secret';

/** The audience every link carries: a sign-in token has none, so neither can pass for the other. */
export const CONFIRM_LINK_AUDIENCE = 'ledelsesrum:cascade-confirm';
/** Explicit typing (RFC 8725 §3.11): the header says what the token is for, and verification insists on it. */
export const CONFIRM_LINK_TYPE = 'confirm-link+jwt';
const HKDF_INFO = 'ledelsesrum confirm links';

/** What a link is good for: one person's cascade in one cycle, until it expires. */
export interface ConfirmLinkClaims {
  readonly cycleId: string;
  readonly personId: string;
  readonly expiresAt: Date;
}

/** Why a link was refused: `expired` (a good link, too old: ask for a new one) or `invalid` (anything else). */
export class ConfirmLinkError extends Error {
  override readonly name = 'ConfirmLinkError';
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'Linket er udløbet / The link has expired' : 'Ugyldigt link / Invalid link');
  }
}

/**
 * Signs and verifies the personal links in the cascade e-mail that confirm without a login (HS256). The worker signs,
 * the API verifies; both build this from the same secret. The HMAC key is derived from the secret with HKDF, so even
 * when the secret is the development tokens' secret, a link key is never a session key.
 */
export class ConfirmLinks {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) {
      throw new Error(
        'Hemmeligheden til links skal være mindst 32 tegn / The link secret must be at least 32 characters',
      );
    }
    this.key = confirmLinkKey(secret);
  }

  /** A compact JWS for the person's link: `sub` = person, `cycle` = cycle, `exp` = expiry (whole seconds). */
  async sign({ cycleId, personId, expiresAt }: ConfirmLinkClaims): Promise<string> {
    if (!cycleId || !personId) throw new Error('cycleId og personId skal angives / are required');
    if (Number.isNaN(expiresAt.getTime())) throw new Error('expiresAt er ikke et tidspunkt / is not a valid date');
    return new SignJWT({ cycle: cycleId })
      .setProtectedHeader({ alg: 'HS256', typ: CONFIRM_LINK_TYPE })
      .setSubject(personId)
      .setAudience(CONFIRM_LINK_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** The link's person and cycle; ConfirmLinkError when it is expired (checked after the signature) or invalid. */
  async verify(token: string): Promise<ConfirmLinkClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: CONFIRM_LINK_AUDIENCE,
        typ: CONFIRM_LINK_TYPE,
        requiredClaims: ['exp', 'sub', 'cycle'],
      });
      const cycleId = payload['cycle'];
      if (typeof cycleId !== 'string' || cycleId === '' || !payload.sub || payload.exp === undefined) {
        throw new ConfirmLinkError('invalid');
      }
      return { cycleId, personId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
    } catch (error) {
      if (error instanceof ConfirmLinkError) throw error;
      if (error instanceof errors.JWTExpired) throw new ConfirmLinkError('expired');
      if (error instanceof errors.JOSEError) throw new ConfirmLinkError('invalid');
      throw error;
    }
  }
}

/** The HMAC key for links: HKDF-SHA256 of the secret with its own `info`, never the secret itself. */
export function confirmLinkKey(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, '', HKDF_INFO, 32));
}

/** The address in the e-mail: `<publicUrl>/bekraeft/<token>` (a trailing slash on publicUrl is dropped). */
export function confirmLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/bekraeft/${encodeURIComponent(token)}`;
}

/** When a link sent at `sentAt` stops working, `validDays` (CONFIRM_LINK_VALID_DAYS) later. */
export function confirmLinkExpiry(sentAt: Date, validDays: number): Date {
  return new Date(sentAt.getTime() + validDays * 24 * 60 * 60 * 1000);
}

/**
 * The secret links are signed with, the same in the API and the worker: CONFIRM_LINK_SECRET when set, else the
 * development tokens' secret (AUTH_JWT_SECRET, or the file in the data folder). Several replicas on several machines
 * do not share a data folder, so production must set CONFIRM_LINK_SECRET or AUTH_JWT_SECRET.
 */
export function resolveConfirmLinkSecret(config: {
  readonly confirmLinkSecret: string | undefined;
  readonly jwtSecret: string | undefined;
  readonly dataDir: string;
}): string {
  return config.confirmLinkSecret ?? resolveJwtSecret(config.jwtSecret, config.dataDir);
}
