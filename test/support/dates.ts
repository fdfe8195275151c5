import { copenhagenDay, copenhagenWallTime } from '@ledelsesrum/domain';

/**
 * The Copenhagen calendar date (`YYYY-MM-DD`) this many days from today, the day the domain counts from. Cycles in
 * tests meet in the future, always: a fixed date would one day be less than a week away, and then prep would go out by
 * itself while a test sends it by hand; once past, the launch is refused.
 */
export function daysFromNow(days: number): string {
  return copenhagenDay(new Date(Date.now() + days * 86_400_000));
}

/**
 * The next `MM-DD` (e.g. `'05-20'`, 20 May) at least a week from today, `YYYY-MM-DD`: a meeting date for a test whose
 * answer depends on the season, such as summer time, and that must still launch a round meeting in the future.
 */
export function nextAnnual(monthDay: string): string {
  const earliest = daysFromNow(7);
  const year = Number(earliest.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  return thisYear >= earliest ? thisYear : `${year + 1}-${monthDay}`;
}

/** The meeting date of the cycles the tests launch. */
export const MEETING_DATE = daysFromNow(120);

/**
 * The moment of the call, ISO 8601. Tests record a meeting or a cascade as happening now: after the prep or the
 * summary they just sent, and not in the future, as the domain requires.
 */
export function justNow(): string {
  return new Date().toISOString();
}

/** Today's date in Copenhagen, `YYYY-MM-DD`: a day a leader passed a summary on that came out today. */
export function copenhagenToday(): string {
  return copenhagenDay(new Date());
}

/**
 * `fields` with `field` read as the moment of reading, each time the body is spread or sent: a body written once at
 * the top of a test file and sent after the prep or summary it must follow.
 */
export function sentNow<K extends string, T extends object>(field: K, fields: T): T & Readonly<Record<K, string>> {
  return Object.defineProperty({ ...fields }, field, { get: justNow, enumerable: true }) as T &
    Readonly<Record<K, string>>;
}

/**
 * The next whole minute on a Copenhagen wall clock, as a form's date and time fields take it: a meeting "held" then
 * is after the prep sent a moment ago, and within the few minutes ahead of the server's clock the domain allows.
 */
export function copenhagenNextMinute(): { readonly date: string; readonly time: string } {
  const wall = copenhagenWallTime(new Date(Date.now() + 60_000));
  const two = (value: number) => String(value).padStart(2, '0');
  return { date: `${wall.year}-${two(wall.month)}-${two(wall.day)}`, time: `${two(wall.hour)}:${two(wall.minute)}` };
}
