import { durationMs } from '@ledelsesrum/domain';
import { worded } from './field-message';
import { fieldValidator } from './field-validator';

/** Long enough for any duration a cycle needs; keeps absurd inputs out before they are parsed. */
export const MAX_DURATION_LENGTH = 40;

/** What the domain's parser takes, as the description states it: days, then `T` and hours, minutes, seconds. */
export const DURATION_PATTERN = /^P(?=[0-9T])(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?$/;

/**
 * An ISO 8601 duration of the kind the cycle's schedule takes: days, hours, minutes, seconds (`P7D`, `PT36H`,
 * `P1DT12H`). The domain's own parser decides, so the API never accepts what the domain would refuse as text.
 */
export const IsDuration = fieldValidator(
  'isDuration',
  worded('api.field.duration'),
  (value) => typeof value === 'string' && value.length <= MAX_DURATION_LENGTH && durationMs(value) !== undefined,
);
