import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { FormState } from './form-fields';
import type { Text } from './text';

/** Its own HKDF info: this key is no session, token or link key, though all share the session secret. */
const HKDF_INFO = 'ledelsesrum web form flash';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A cookie holds about 4 KB with its name and attributes; a flash that needs more is answered without one. */
const MAX_SEALED_CHARS = 3_800;
/** Long enough for the redirect and a slow phone, short enough that a later visit does not show an old error. */
export const FLASH_SECONDS = 120;

/** A conflict with the stored state: what it said, and what the person typed that was not saved, by field label. */
export interface FormConflict {
  readonly refusal: Text;
  readonly typed: readonly { readonly label: Text; readonly value: string }[];
}

/** What a refused form post leaves for the page it redirects to: the form as typed with its errors, and any conflict. */
export interface FormFlash {
  readonly form: FormState;
  /** Which of the page's forms it is, where a page has several (the cycle page's summary, close and release). */
  readonly name?: string;
  readonly conflict?: FormConflict;
}

interface Sealed extends FormFlash {
  /** Until when (ms since the epoch) the page may show it. */
  readonly until: number;
}

/**
 * Seals a form flash for a cookie (deflated, then AES-256-GCM with a key from the session secret), bound to the page it
 * is for and the session it came from: the bound text is the authenticated data, so a flash opens only on that page, in
 * that session, and nobody can read or forge what the person typed from the cookie alone.
 */
export class FormFlashes {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly now: () => number = Date.now,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', secret, new Uint8Array(0), HKDF_INFO, 32));
  }

  /** The cookie's value, or undefined when the flash is too large for a cookie. */
  seal(flash: FormFlash, binding: string): string | undefined {
    const sealed: Sealed = { ...flash, until: this.now() + FLASH_SECONDS * 1000 };
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(binding, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(deflateRawSync(JSON.stringify(sealed))), cipher.final()]);
    const value = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
    return value.length <= MAX_SEALED_CHARS ? value : undefined;
  }

  /** The flash, or undefined when it is for another page or session, expired, altered or sealed with another secret. */
  open(value: string, binding: string): FormFlash | undefined {
    try {
      const sealed = Buffer.from(value, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, IV_BYTES))
        .setAAD(Buffer.from(binding, 'utf8'))
        .setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      const { until, ...flash } = JSON.parse(inflateRawSync(plain).toString('utf8')) as Sealed;
      return until > this.now() ? flash : undefined;
    } catch {
      return undefined;
    }
  }
}

/** What a flash is bound to: the page's path (without query) and the session's own token (none on public pages). */
export function flashBinding(path: string, csrf: string | undefined): string {
  return `${path.split(/[?#]/)[0]}\n${csrf ?? ''}`;
}
