import { isEmail } from 'class-validator';
import { ERASED } from '@ledelsesrum/domain';
import { worded } from '../../common/field-message';
import { fieldValidator } from '../../common/field-validator';

/**
 * An e-mail address, or ERASED: an erased person reads back with it, and a GET sent back as a PUT must be taken.
 * One rule, so the description's `oneOf` (format `email`, or the one value) states exactly what is checked.
 */
export const IsEmailOrErased = fieldValidator(
  'isEmailOrErased',
  worded('api.field.email-or-erased'),
  (value) => value === ERASED || (typeof value === 'string' && isEmail(value)),
);
