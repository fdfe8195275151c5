import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptedValue } from '@ledelsesrum/domain';
import type { PersonKeyStore } from './person-key-store';

/** What an erased person's name and e-mail read as. */
export const ERASED = '[slettet / erased]';
/** What a value reads as when its key does not open it (it was sealed under a key that no longer exists). */
export const UNREADABLE = '[ulæselig / unreadable]';

/**
 * Encrypts personal data with one AES-256-GCM key per person. The key never enters an event, so destroying it
 * (GDPR erasure) makes every copy of the person's name and e-mail unreadable while the events stay untouched.
 */
export class PersonalDataVault {
  constructor(private readonly keys: PersonKeyStore) {}

  async encrypt(personId: string, plaintext: string): Promise<EncryptedValue> {
    const key = await this.keys.getOrCreate(personId);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    // The person id is authenticated data: a value copied onto another person fails to decrypt.
    cipher.setAAD(Buffer.from(personId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      alg: 'A256GCM',
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  /**
   * The plaintext; `ERASED` when the person's key has been destroyed; `UNREADABLE` when the key does not open the
   * value (tampered, or copied from another person): a reader always gets an answer, never an exception.
   */
  async decrypt(personId: string, value: EncryptedValue): Promise<string> {
    const key = await this.keys.get(personId);
    if (!key) return ERASED;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(value.iv, 'base64'));
      decipher.setAAD(Buffer.from(personId, 'utf8'));
      decipher.setAuthTag(Buffer.from(value.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(value.ciphertext, 'base64')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      return UNREADABLE;
    }
  }

  isErased(personId: string): Promise<boolean> {
    return this.keys.isErased(personId);
  }

  /** Destroys the person's key: their personal data can never be read again. */
  async erase(personId: string): Promise<void> {
    await this.keys.destroy(personId);
  }
}
