/**
 * A piece of personal data (a name, an e-mail address) encrypted with the person's own key (AES-256-GCM).
 * The domain only carries it; encrypting and decrypting happen outside, where the keys are.
 * Destroying the person's key erases the value while the events that hold it stay intact.
 */
export interface EncryptedValue {
  readonly alg: 'A256GCM';
  /** Base64 of the 12-byte nonce, the ciphertext and the 16-byte authentication tag. */
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

export function sameEncryptedValue(a: EncryptedValue, b: EncryptedValue): boolean {
  return a.iv === b.iv && a.ciphertext === b.ciphertext && a.tag === b.tag;
}

/** What an erased person's name and e-mail read as: their key is gone. */
export const ERASED = '[slettet / erased]';
/** What a value reads as when its key does not open it (it was sealed under a key that no longer exists). */
export const UNREADABLE = '[ulæselig / unreadable]';
