import { message } from '@ledelsesrum/messages';
import type { Text } from './text';

/** The first number in a validator's message: the limit it names (200 in "… shorter than or equal to 200 …"). */
function limit(message: string): string {
  return /\d[\d_]*/.exec(message)?.[0]?.replace(/_/g, '') ?? '';
}

/**
 * A class-validator constraint in the reader's words, for a validator not worded from the catalogue: its built-in
 * English message is said again here.
 */
export function constraintText(constraint: string, said: string): Text {
  const n = limit(said);
  switch (constraint) {
    case 'isNotEmpty':
    case 'minLength':
    case 'arrayMinSize':
    case 'isDefined':
      return n && n !== '1'
        ? message('web.common.constraint.min-length', { n })
        : message('web.common.constraint.required');
    case 'maxLength':
      return message('web.common.constraint.max-length', { n });
    case 'arrayMaxSize':
      return message('web.common.constraint.max-entries', { n });
    case 'isIso8601':
    case 'isDateString':
      return message('web.common.constraint.date-time');
    case 'isEmail':
      return message('web.common.constraint.email');
    case 'isBoolean':
      return message('web.common.constraint.yes-no');
    case 'isUrl':
      return message('web.common.constraint.url');
    case 'isIn':
    case 'isEnum':
      return message('web.common.constraint.choice');
    case 'isInt':
    case 'isNumber':
    case 'min':
    case 'max':
      return message('web.common.constraint.number');
    case 'whitelistValidation':
      return message('web.common.constraint.unknown-field');
    default:
      return message('web.common.constraint.invalid');
  }
}
