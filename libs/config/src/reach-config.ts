/** How far a round reached, as chefgruppen sees it. */
export interface ReachConfig {
  readonly reach: {
    /** REACH_MIN_ANSWERS: the fewest answers a count shows (k-anonymity); 5 or more. */
    readonly minAnswers: number;
  };
}

/** The floor below which a count could point at a person; the same as the domain's REACH_MIN_ANSWERS_FLOOR. */
const FLOOR = 5;

export function loadReachConfig(env: NodeJS.ProcessEnv): ReachConfig {
  const raw = env['REACH_MIN_ANSWERS']?.trim();
  if (!raw) return { reach: { minAnswers: FLOOR } };
  const value = Number(raw);
  if (!Number.isInteger(value) || value < FLOOR) {
    throw new Error(
      `REACH_MIN_ANSWERS skal være et heltal på mindst ${FLOOR} / must be a whole number of at least ${FLOOR}, got "${raw}"`,
    );
  }
  return { reach: { minAnswers: value } };
}
