import { bothLanguages } from '@ledelsesrum/messages';
import { FIRST_YEAR, LAST_YEAR } from './date-range';
import { fieldValidator } from './field-validator';
import { yearRangeWords } from './year-range-words';

/** A date or an instant (`YYYY-MM-DD…`) whose written year is from FIRST_YEAR to LAST_YEAR. */
export const InYearRange = fieldValidator(
  'inYearRange',
  { message: ({ property }) => `${property}: ${bothLanguages(yearRangeWords())}` },
  (value) => {
    if (typeof value !== 'string' || !/^\d{4}-/.test(value)) return false;
    const year = Number(value.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  },
);
