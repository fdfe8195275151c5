/**
 * How much the API takes: requests per client and per person, and rows per organisation import. The defaults are far
 * above what people do by hand, and low enough that a script cannot flood sign-in or the confirmation links.
 */
export interface LimitsConfig {
  readonly limits: {
    /** ORGANISATION_IMPORT_MAX_ROWS: rows of a spreadsheet the organisation import reads (besides the header). */
    readonly importMaxRows: number;
    /** RATE_LIMIT_SIGN_IN_PER_MINUTE: sign-in attempts per client (remote address) and minute. */
    readonly signInPerMinute: number;
    /** RATE_LIMIT_CONFIRM_LINK_PER_MINUTE: requests to the personal confirmation links per client and minute. */
    readonly confirmLinkPerMinute: number;
    /** RATE_LIMIT_WORKPLACE_PAGE_PER_MINUTE: requests to the workplace pages per client and minute. */
    readonly workplacePagePerMinute: number;
    /** REACH_ANSWERS_PER_WORKPLACE_PER_HOUR: "Jeg har hørt om det" answers one workplace takes per hour, from anyone. */
    readonly reachPerWorkplacePerHour: number;
    /** RATE_LIMIT_API_PER_SECOND: requests per person (or per client, before sign-in) and second, API and pages. */
    readonly apiPerSecond: number;
  };
}

export function loadLimitsConfig(env: NodeJS.ProcessEnv): LimitsConfig {
  return {
    limits: {
      importMaxRows: positive(env, 'ORGANISATION_IMPORT_MAX_ROWS', 10_000),
      signInPerMinute: positive(env, 'RATE_LIMIT_SIGN_IN_PER_MINUTE', 20),
      confirmLinkPerMinute: positive(env, 'RATE_LIMIT_CONFIRM_LINK_PER_MINUTE', 60),
      workplacePagePerMinute: positive(env, 'RATE_LIMIT_WORKPLACE_PAGE_PER_MINUTE', 30),
      reachPerWorkplacePerHour: positive(env, 'REACH_ANSWERS_PER_WORKPLACE_PER_HOUR', 200),
      apiPerSecond: positive(env, 'RATE_LIMIT_API_PER_SECOND', 500),
    },
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} skal være et positivt heltal / must be a positive whole number, got "${raw}"`);
  }
  return value;
}
