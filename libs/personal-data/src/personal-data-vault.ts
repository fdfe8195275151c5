import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ERASED, UNREADABLE, invalidValue, type EncryptedValue } from '@ledelsesrum/domain';
import { PersonalDataErasedError, type PersonKeyStore } from './person-key-store';

/**
 * Encrypts personal data with one AES-256-GCM key per person. The key never enters an event, so destroying it
 * (GDPR erasure) makes every copy of the person's name and e-mail unreadable while the events stay untouched.
 */
export class PersonalDataVault {
  /**
   * Keys read before, most recently used last: a page or a round of messages for 2,500 people opens their names
   * without 5,000 key lookups. Only live keys are kept; erasure drops one here (`erase`), and in every other process
   * when it sees the erasure recorded (`forget`, see forgetErasedKeys).
   */
  private readonly cachedKeys = new Map<string, Buffer>();

  constructor(
    private readonly keys: PersonKeyStore,
    private readonly cacheSize = 20_000,
  ) {}

  async encrypt(personId: string, plaintext: string): Promise<EncryptedValue> {
    // Sealing anything but text (a JSON null, a number) would store a value no reader can make sense of.
    if (typeof plaintext !== 'string') throw invalidValue('personalData', plaintext);
    const key = this.cached(personId) ?? this.remember(personId, await this.keys.getOrCreate(personId));
    return seal(key, personId, plaintext);
  }

  /**
   * Seals what a person wrote (or what is written about them) with their key. For a person already erased it is
   * sealed under a key that is thrown away at once, so it reads as erased from the start and no key is made anew.
   */
  async encryptWords(personId: string, plaintext: string): Promise<EncryptedValue> {
    if (typeof plaintext !== 'string') throw invalidValue('personalData', plaintext);
    try {
      return await this.encrypt(personId, plaintext);
    } catch (error) {
      if (!(error instanceof PersonalDataErasedError)) throw error;
      return seal(randomBytes(32), personId, plaintext);
    }
  }

  /** Words sealed with `encryptWords`, or the plain text of a value recorded before such words were sealed. */
  decryptWords(personId: string, value: EncryptedValue | string): Promise<string> {
    return typeof value === 'string' ? Promise.resolve(value) : this.decrypt(personId, value);
  }

  /**
   * The plaintext; `ERASED` when the person's key has been destroyed; `UNREADABLE` when the key does not open the
   * value (tampered, or copied from another person): a reader always gets an answer, never an exception.
   */
  async decrypt(personId: string, value: EncryptedValue): Promise<string> {
    const key = this.cached(personId) ?? (await this.fetchKey(personId));
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
    this.forget(personId);
    await this.keys.destroy(personId);
    this.forget(personId);
  }

  /** Drops the person's key from this process's cache: another process erased them. */
  forget(personId: string): void {
    this.cachedKeys.delete(personId);
  }

  private cached(personId: string): Buffer | undefined {
    const key = this.cachedKeys.get(personId);
    if (key) this.remember(personId, key);
    return key;
  }

  private async fetchKey(personId: string): Promise<Buffer | undefined> {
    const key = await this.keys.get(personId);
    return key && this.remember(personId, key);
  }

  private remember(personId: string, key: Buffer): Buffer {
    this.cachedKeys.delete(personId);
    this.cachedKeys.set(personId, key);
    if (this.cachedKeys.size > this.cacheSize) this.cachedKeys.delete(this.cachedKeys.keys().next().value as string);
    return key;
  }
}

function seal(key: Buffer, personId: string, plaintext: string): EncryptedValue {
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
