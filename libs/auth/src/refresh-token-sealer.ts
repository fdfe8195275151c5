import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { InvalidTokenError } from './token-verifier';

/** Its own HKDF info: this key is neither the pending sign-in key nor a token or link key, though all share a secret. */
const HKDF_INFO = 'ledelsesrum web session refresh tokens';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts a provider's refresh token for the session store (AES-256-GCM, the key derived from the session secret
 * with HKDF), bound to its session: the session's key is the authenticated data, so a sealed token copied into
 * another row does not open. What the store holds is useless without the session secret.
 */
export class RefreshTokenSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, new Uint8Array(0), HKDF_INFO, 32));
  }

  /** iv ‖ tag ‖ ciphertext. */
  seal(refreshToken: string, sessionKey: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(sessionKey);
    const ciphertext = Buffer.concat([cipher.update(refreshToken, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  }

  /** InvalidTokenError when it was sealed with another secret, for another session, or altered. */
  open(sealed: Buffer, sessionKey: Buffer): string {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES))
        .setAAD(sessionKey)
        .setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new InvalidTokenError(
        'Refresh-tokenet kan ikke åbnes (en anden sessionshemmelighed?) / The refresh token cannot be opened ' +
          '(another session secret?)',
      );
    }
  }
}
