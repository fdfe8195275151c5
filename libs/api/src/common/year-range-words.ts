import { message, type Bilingual } from '@ledelsesrum/messages';
import { FIRST_YEAR, LAST_YEAR } from './date-range';

/** The years a date may fall in, in words: for a refused field and for the description alike. */
export function yearRangeWords(): Bilingual {
  return message('api.field.year-range', { earliest: FIRST_YEAR, latest: LAST_YEAR });
}
