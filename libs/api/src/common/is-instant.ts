import { worded } from './field-message';
import { fieldValidator } from './field-validator';
import { isCalendarDate } from './is-calendar-date';

/** RFC 3339's `date-time` as the API takes it: seconds and an offset (`Z` or `±HH:MM`) always written. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An instant that exists: a real calendar day, a time of day, and an offset of at most 23:59. */
export function isInstant(value: unknown): boolean {
  const parts = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!parts) return false;
  // `Z` has no offset digits: it counts as +00:00.
  const [year, month, day, hour, minute, second, offsetHours = 0, offsetMinutes = 0] = parts
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const probe = new Date(Date.UTC(year!, month! - 1, day!));
  const realDay = probe.getUTCFullYear() === year && probe.getUTCMonth() === month! - 1 && probe.getUTCDate() === day;
  return realDay && hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
}

/** An instant with its offset (`2027-03-11T09:00:00+01:00`): a date alone, or a time without a zone, is ambiguous. */
export const IsInstant = fieldValidator('isInstant', worded('api.field.instant-with-offset'), isInstant);

/** A calendar day (`2027-03-18`) or an instant with its offset: when something happened, as exactly as it is known. */
export const IsDateOrInstant = fieldValidator(
  'isDateOrInstant',
  worded('api.field.date-or-instant'),
  (value) => isCalendarDate(value) || isInstant(value),
);
