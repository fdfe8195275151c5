import { registerDecorator, type ValidationOptions } from 'class-validator';
import { worded } from './field-message';

/** A real calendar date written YYYY-MM-DD (2027-02-30 is refused). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { ...worded('api.field.calendar-date'), ...options },
      validator: { validate: isCalendarDate },
    });
}
