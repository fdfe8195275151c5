import { registerDecorator, type ValidationOptions } from 'class-validator';
import { bothLanguages } from '@ledelsesrum/messages';
import { EARLIEST_YEAR, LATEST_YEAR } from './date-range';
import { yearRangeWords } from './year-range-words';

/** A date or an instant (`YYYY-MM-DD…`) whose written year is from EARLIEST_YEAR to LATEST_YEAR. */
export function InYearRange(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'inYearRange',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: ({ property }) => `${property}: ${bothLanguages(yearRangeWords())}`, ...options },
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'string' || !/^\d{4}-/.test(value)) return false;
          const year = Number(value.slice(0, 4));
          return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
        },
      },
    });
}
