import { FIRST_YEAR, LAST_YEAR } from '@ledelsesrum/domain';

/**
 * The years a date or an instant sent to the API may fall in, both included: the domain's own range. Every date the
 * municipality plans or records is in this century; a year such as 0274 or 9999 is a typing error that would
 * otherwise be kept for good.
 */
export { FIRST_YEAR, LAST_YEAR };

/** A year from FIRST_YEAR to LAST_YEAR, for the patterns the description states. */
const YEAR = '(20[0-9]{2}|2100)';
// Months, days and times as narrow as a pattern can say them, so a generator of valid values rarely makes an
// impossible one (whether the day exists in its month is checked apart).
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12][0-9]|3[01])';
const HOUR = '([01][0-9]|2[0-3])';
const MINUTE = '[0-5][0-9]';

/** `YYYY-MM-DD` within the years; whether the day exists is checked apart (format `date`). */
export const CALENDAR_DATE_PATTERN = new RegExp(`^${YEAR}-${MONTH}-${DAY}$`);

/**
 * An instant with its offset, RFC 3339 (format `date-time`), within the years: `2027-03-11T09:00:00+01:00`,
 * `2027-03-11T08:00:00.000Z`. A date alone, or a time without a zone, is ambiguous.
 */
export const INSTANT_PATTERN = new RegExp(
  `^${YEAR}-${MONTH}-${DAY}T${HOUR}:${MINUTE}:${MINUTE}(\\.[0-9]{1,9})?(Z|[+-]${HOUR}:${MINUTE})$`,
);
