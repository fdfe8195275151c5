import { message, type Bilingual } from '@ledelsesrum/messages';
import { EARLIEST_YEAR, LATEST_YEAR } from './date-range';

/** The years a date may fall in, in words: for a refused field and for the description alike. */
export function yearRangeWords(): Bilingual {
  return message('api.field.year-range', { earliest: EARLIEST_YEAR, latest: LATEST_YEAR });
}
