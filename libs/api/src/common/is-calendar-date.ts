import { worded } from './field-message';
import { fieldValidator } from './field-validator';

/** A real calendar date written YYYY-MM-DD (2027-02-30 is refused). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const IsCalendarDate = fieldValidator('isCalendarDate', worded('api.field.calendar-date'), isCalendarDate);
