/** The least a secret may hold: 256 bits, the size of the HS256 and HKDF keys derived from it. */
export const MIN_SECRET_BYTES = 32;

/** A secret from the environment (undefined when unset or blank), refused when shorter than MIN_SECRET_BYTES. */
export function secretSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  if (Buffer.byteLength(value, 'utf8') < MIN_SECRET_BYTES) {
    throw new Error(
      `${name} skal være mindst ${MIN_SECRET_BYTES} bytes (fx openssl rand -base64 48) / ` +
        `must be at least ${MIN_SECRET_BYTES} bytes (e.g. openssl rand -base64 48)`,
    );
  }
  return value;
}
