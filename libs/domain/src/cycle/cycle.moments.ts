import { copenhagenDay } from '../time/copenhagen-wall-time';

/**
 * How far ahead of the server's clock a moment may be and still count as "now": the clocks of a phone, a laptop and
 * the server are rarely in step to the minute.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** How far ahead a meeting round may be planned: a date further out is a typing mistake, not a plan. */
export const PLANNING_YEARS = 2;

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A moment a person gives (a day, or a time on a day) read against the clock. A day alone names the whole Copenhagen
 * day, so "today" is never in the future and the day the summary came out is never before it.
 */
export function isInFuture(moment: string, now: string): boolean {
  if (DAY_ONLY.test(moment)) return moment > copenhagenDay(now);
  return Date.parse(moment) > Date.parse(now) + CLOCK_SKEW_MS;
}

/** Whether `moment` (a day, or a time on a day) lies before the instant `reference`. */
export function isBefore(moment: string, reference: string): boolean {
  if (DAY_ONLY.test(moment)) return moment < copenhagenDay(reference);
  return Date.parse(moment) < Date.parse(reference);
}

/** The last meeting date a launch at `now` may plan for, `YYYY-MM-DD`. */
export function lastPlannableDate(now: string): string {
  const today = copenhagenDay(now);
  return `${Number(today.slice(0, 4)) + PLANNING_YEARS}${today.slice(4)}`;
}
