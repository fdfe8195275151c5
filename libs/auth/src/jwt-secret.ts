import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The least a secret may hold: 256 bits, the size of the HS256 and HKDF keys derived from it. */
const MIN_SECRET_BYTES = 32;

/**
 * The HS256 secret: AUTH_JWT_SECRET when set, else one generated on first start and kept in the data folder
 * (readable by its owner only), so the API, the worker and the CLI agree without a secret in the repository.
 */
export function resolveJwtSecret(configured: string | undefined, dataDir: string): string {
  if (configured) {
    if (Buffer.byteLength(configured, 'utf8') < MIN_SECRET_BYTES) {
      throw new Error(
        `AUTH_JWT_SECRET skal være mindst ${MIN_SECRET_BYTES} bytes / must be at least ${MIN_SECRET_BYTES} bytes`,
      );
    }
    return configured;
  }
  const file = join(dataDir, 'jwt-secret');
  // Only ever created whole (see createOnce), so a file that exists is complete.
  if (!existsSync(file)) createOnce(file, dataDir);
  return readSecretFile(file);
}

/**
 * Writes a new secret to a private temporary file and links it into place: the link fails with EEXIST when the file
 * is there already (another process won the race, or an earlier start made it), so nobody ever reads a half-written
 * file or overwrites one that others already use.
 */
function createOnce(file: string, dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

function readSecretFile(file: string): string {
  let secret: string;
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new Error(
      `Hemmeligheden i ${file} kan ikke læses; ret filens ejer eller rettigheder, eller sæt AUTH_JWT_SECRET / ` +
        `The secret in ${file} cannot be read; fix the file's owner or mode, or set AUTH_JWT_SECRET ` +
        `(${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    throw new Error(
      `Hemmeligheden i ${file} er kortere end ${MIN_SECRET_BYTES} bytes; slet filen, så laves en ny (udstedte ` +
        `tokens, sessioner og links holder da op med at virke), eller sæt AUTH_JWT_SECRET / The secret in ${file} ` +
        `is shorter than ${MIN_SECRET_BYTES} bytes; delete the file to have a new one made (tokens, sessions and ` +
        'links issued with it then stop working), or set AUTH_JWT_SECRET',
    );
  }
  return secret;
}
