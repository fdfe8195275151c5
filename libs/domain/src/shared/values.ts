import { DomainError, DomainErrorCode } from './domain-error';
import type { EncryptedValue } from './encrypted-value';
import { ID_PATTERN } from './identifier';

/**
 * The years a date or instant the domain records may fall in. A meeting round in the year 274 or 9999 is a typing
 * mistake, never a plan. Stated once, here, so that the API's validation can refuse the same range.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * ISO 8601 as the API takes a moment: a day (a form's date field), or a day with a time to the minute at least and,
 * usually, an offset.
 */
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** A value a field may hold: a non-empty text that is more than blanks. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** An address mail can be sent to: something@somewhere.tld, no blanks, at most the 254 characters SMTP carries. */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function isIdList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every(isId);
}

export function isTextList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every(isText);
}

/** A real day of the calendar (no 31 April), `YYYY-MM-DD`, within FIRST_YEAR..LAST_YEAR. */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether an instant (milliseconds since the epoch) falls within FIRST_YEAR..LAST_YEAR. */
export function isWithinYears(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A moment as ISO 8601 (a day, or a time on a day), on a real day within FIRST_YEAR..LAST_YEAR. */
export function isDateTime(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value as string));
}

export function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Personal data as sealed by the vault. The domain cannot read it, but it can see its shape, and an empty ciphertext:
 * AES-GCM keeps the length, so an empty one holds an empty name.
 */
export function isSealed(value: unknown): value is EncryptedValue {
  if (!isPlainObject(value) || value['alg'] !== 'A256GCM') return false;
  return [value['iv'], value['ciphertext'], value['tag']].every((part) => typeof part === 'string' && part !== '');
}

/** The check of an optional field: absent (undefined) is fine, null is not. */
export function optional(check: (value: unknown) => boolean): (value: unknown) => boolean {
  return (value) => value === undefined || check(value);
}

/**
 * The refusal of a value the rules do not allow, naming the field (`people[3].level`). The value itself comes along
 * only when it is short and plain: a sealed value or a long text is not echoed back.
 */
export function invalidValue(field: string, value: unknown): DomainError {
  const shown = value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string';
  const echo = shown && String(value).length <= 100 ? { value } : {};
  return new DomainError(DomainErrorCode.InvalidValue, { field, ...echo });
}

/** Throws INVALID_VALUE for `field` unless `ok`. */
export function expectValue(ok: boolean, field: string, value: unknown): void {
  if (!ok) throw invalidValue(field, value);
}

type Fields = Readonly<Record<string, unknown>>;

/** `value` as a record of fields, or INVALID_VALUE for `path` when it is not one (null, a list, a text). */
export function expectRecord(value: unknown, path: string): Fields {
  expectValue(isPlainObject(value), path, value);
  return value as Fields;
}

/** Checks each named field of `fields` with its check; `path` goes before the field's name in a refusal. */
export function expectFields(
  fields: Fields,
  path: string,
  checks: Readonly<Record<string, (value: unknown) => boolean>>,
): void {
  for (const [field, check] of Object.entries(checks)) {
    expectValue(check(fields[field]), path ? `${path}.${field}` : field, fields[field]);
  }
}

/** Checks that `fields[field]` is a list of records, each with `check`, naming an item by its path (`people[3]`). */
export function expectEach(fields: Fields, field: string, check: (item: Fields, path: string) => void): void {
  const items = fields[field];
  expectValue(Array.isArray(items), field, items);
  (items as unknown[]).forEach((item, index) => check(expectRecord(item, `${field}[${index}]`), `${field}[${index}]`));
}
