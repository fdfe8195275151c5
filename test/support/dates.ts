/**
 * A calendar date (`YYYY-MM-DD`) this many days from today. Cycles in tests meet in the future, always: a fixed date
 * would one day be less than a week away, and then prep would go out by itself while a test sends it by hand.
 */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The meeting date of the cycles the tests launch. */
export const MEETING_DATE = daysFromNow(120);
