import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret } from './jwt-secret';

/** A fresh folder under the system's temporary folder; the data folder goes inside it, not yet made. */
function freshDataDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'jwt-secret-')), 'data');
}

describe('resolveJwtSecret', () => {
  it('takes AUTH_JWT_SECRET of at least 32 bytes, and refuses a shorter one', () => {
    const dataDir = freshDataDir();

    expect(resolveJwtSecret('k'.repeat(32), dataDir)).toBe('k'.repeat(32));
    expect(() => resolveJwtSecret('k'.repeat(31), dataDir)).toThrow(
      'AUTH_JWT_SECRET skal være mindst 32 bytes / must be at least 32 bytes',
    );
  });

  it('generates the secret into a new owner-only folder as an owner-only file, and reads it back next time', () => {
    const dataDir = freshDataDir();

    const secret = resolveJwtSecret(undefined, dataDir);

    expect(Buffer.byteLength(secret)).toBeGreaterThanOrEqual(32);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir)).toEqual(['jwt-secret']);
    expect(resolveJwtSecret(undefined, dataDir)).toBe(secret);
  });

  it('keeps the secret another process wrote first', () => {
    const dataDir = freshDataDir();
    mkdirSync(dataDir);
    const theirs = 'o'.repeat(64);
    writeFileSync(join(dataDir, 'jwt-secret'), `${theirs}\n`, { mode: 0o600 });

    expect(resolveJwtSecret(undefined, dataDir)).toBe(theirs);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(`${theirs}\n`);
  });

  it('refuses a secret file shorter than 32 bytes, saying what to do', () => {
    const dataDir = freshDataDir();
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'jwt-secret'), 'short\n', { mode: 0o600 });

    expect(() => resolveJwtSecret(undefined, dataDir)).toThrow(
      `Hemmeligheden i ${join(dataDir, 'jwt-secret')} er kortere end 32 bytes; slet filen, så laves en ny`,
    );
  });

  it('refuses a secret file it cannot read, saying what to do', () => {
    const dataDir = freshDataDir();
    // A folder where the file should be: unreadable as a file whoever runs the test (root reads any file).
    mkdirSync(join(dataDir, 'jwt-secret'), { recursive: true });

    expect(() => resolveJwtSecret(undefined, dataDir)).toThrow(
      `Hemmeligheden i ${join(dataDir, 'jwt-secret')} kan ikke læses; ret filens ejer eller rettigheder, eller sæt ` +
        'AUTH_JWT_SECRET',
    );
  });
});
