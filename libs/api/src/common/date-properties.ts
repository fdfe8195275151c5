import { propertyDecorators } from './property-decorators';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { bothLanguages } from '@ledelsesrum/messages';
import { CALENDAR_DATE_PATTERN, INSTANT_PATTERN } from './date-range';
import { InYearRange } from './in-year-range';
import { IsCalendarDate } from './is-calendar-date';
import { IsDateOrInstant, IsInstant } from './is-instant';
import { yearRangeWords } from './year-range-words';

/*
 * A date or an instant: what the validator checks and what the description states, from the same patterns, so the
 * two cannot drift. Optional fields add `@Omittable()` (or `@Nullable()`) and `required: false` themselves.
 */

/** A calendar date `YYYY-MM-DD` (format `date`) in the years the API takes. */
export function DateProperty(options: ApiPropertyOptions = {}): PropertyDecorator {
  return propertyDecorators(
    ApiProperty({
      ...options,
      type: String,
      format: 'date',
      pattern: CALENDAR_DATE_PATTERN.source,
      description: withYears(options.description),
    } as ApiPropertyOptions),
    IsCalendarDate(),
    InYearRange(),
  );
}

/** An instant with seconds and its offset (format `date-time`) in the years the API takes. */
export function InstantProperty(options: ApiPropertyOptions = {}): PropertyDecorator {
  return propertyDecorators(
    ApiProperty({
      ...options,
      type: String,
      format: 'date-time',
      pattern: INSTANT_PATTERN.source,
      description: withYears(options.description),
    } as ApiPropertyOptions),
    IsInstant(),
    InYearRange(),
  );
}

/** A calendar day or an instant with its offset (one of formats `date` and `date-time`) in the years the API takes. */
export function DateOrInstantProperty(options: ApiPropertyOptions = {}): PropertyDecorator {
  return propertyDecorators(
    ApiProperty({
      ...options,
      type: String,
      oneOf: [
        { type: 'string', format: 'date', pattern: CALENDAR_DATE_PATTERN.source },
        { type: 'string', format: 'date-time', pattern: INSTANT_PATTERN.source },
      ],
      description: withYears(options.description),
    } as ApiPropertyOptions),
    IsDateOrInstant(),
    InYearRange(),
  );
}

function withYears(description: string | undefined): string {
  const years = bothLanguages(yearRangeWords());
  return description ? `${description}. ${years}` : years;
}
