/** `true` or `false` from the environment; unset or blank means `fallback`, anything else is refused. */
export function booleanSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${name} skal være true eller false / must be true or false, got "${value}"`);
}
