import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One AES-256 key of the Temporal payload codec, with the id that payloads sealed under it carry. */
export interface PayloadKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The key file of the embedded set-up, under the data folder. */
export const PAYLOAD_KEY_FILE = 'temporal-payload-key';

/**
 * `id:base64key,...` (TEMPORAL_PAYLOAD_KEYS): the first encrypts, every one decrypts, so a key is rotated by putting
 * a new one first and dropping the old one once no history that needs it is kept.
 */
export function parsePayloadKeys(raw: string): PayloadKey[] {
  const keys = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const colon = entry.indexOf(':');
      const id = colon > 0 ? entry.slice(0, colon) : '';
      const key = Buffer.from(entry.slice(colon + 1), 'base64');
      // The value itself is never repeated in the message: it is a secret.
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(id) || key.length !== 32) {
        throw new Error(
          'TEMPORAL_PAYLOAD_KEYS skal være id:nøgle,… med en 32-byte base64-nøgle / ' +
            'must be id:key,… with a 32-byte base64 key',
        );
      }
      return { id, key };
    });
  if (keys.length === 0) throw new Error('TEMPORAL_PAYLOAD_KEYS er tom / is empty');
  if (new Set(keys.map((key) => key.id)).size !== keys.length) {
    throw new Error('TEMPORAL_PAYLOAD_KEYS har et id to gange / has an id twice');
  }
  return keys;
}

/**
 * The configured keys, or else the embedded set-up's one key, generated on first start into the data folder (readable
 * by its owner only). The file appears whole or not at all (written aside, then linked into place), so processes
 * starting together agree on one key.
 */
export function resolvePayloadKeys(configured: string | undefined, dataDir: string): PayloadKey[] {
  if (configured) return parsePayloadKeys(configured);
  const file = join(dataDir, PAYLOAD_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const aside = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
    writeFileSync(aside, `local:${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      linkSync(aside, file);
    } catch (error) {
      // Another process linked its key first: theirs is the one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(aside, { force: true });
    }
  }
  return parsePayloadKeys(readFileSync(file, 'utf8'));
}
