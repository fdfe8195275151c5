import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { bothLanguages } from '@ledelsesrum/messages';
import { CALENDAR_DATE_PATTERN, INSTANT_PATTERN } from './date-range';
import { InYearRange } from './in-year-range';
import { IsCalendarDate } from './is-calendar-date';
import { IsDateOrInstant, IsInstant } from './is-instant';
import { propertyDecorators } from './property-decorators';
import { yearRangeWords } from './year-range-words';

/*
 * A date or an instant: what the validator checks and what the description states, from the same patterns, so the
 * two cannot drift. Optional fields add `@Omittable()` (or `@Nullable()`) and `required: false` themselves.
 */

const DATE_SCHEMA = { type: 'string', format: 'date', pattern: CALENDAR_DATE_PATTERN.source } as const;
const INSTANT_SCHEMA = { type: 'string', format: 'date-time', pattern: INSTANT_PATTERN.source } as const;

/** A calendar date `YYYY-MM-DD` (format `date`) in the years the API takes. */
export const DateProperty = (options: ApiPropertyOptions = {}): PropertyDecorator =>
  dated(options, DATE_SCHEMA, IsCalendarDate());

/** An instant with seconds and its offset (format `date-time`) in the years the API takes. */
export const InstantProperty = (options: ApiPropertyOptions = {}): PropertyDecorator =>
  dated(options, INSTANT_SCHEMA, IsInstant());

/** A calendar day or an instant with its offset (one of formats `date` and `date-time`) in the years the API takes. */
export const DateOrInstantProperty = (options: ApiPropertyOptions = {}): PropertyDecorator =>
  dated(options, { oneOf: [DATE_SCHEMA, INSTANT_SCHEMA] }, IsDateOrInstant());

/** The property described with `schema` and the years, checked by `shape` and the years. */
function dated(options: ApiPropertyOptions, schema: object, shape: PropertyDecorator): PropertyDecorator {
  const years = bothLanguages(yearRangeWords());
  const description = options.description ? `${options.description}. ${years}` : years;
  return propertyDecorators(
    ApiProperty({ ...options, ...schema, description } as ApiPropertyOptions),
    shape,
    InYearRange(),
  );
}
