import { fromBilingual, type Text } from './text';

/** The first number in a validator's message: the limit it names (200 in "… shorter than or equal to 200 …"). */
function limit(message: string): string {
  return /\d[\d_]*/.exec(message)?.[0]?.replace(/_/g, '') ?? '';
}

/**
 * A class-validator constraint in the reader's words. The DTOs' own messages are bilingual already ("dansk / English")
 * and are kept; the validator's built-in English ones are said again here.
 */
export function constraintText(constraint: string, message: string): Text {
  if (message.includes(' / ')) return fromBilingual(message.replace(/^[\w.]+: /, ''));
  const n = limit(message);
  switch (constraint) {
    case 'isNotEmpty':
    case 'minLength':
    case 'arrayMinSize':
    case 'isDefined':
      return n && n !== '1'
        ? { da: `Skal være mindst ${n} tegn`, en: `Must be at least ${n} characters` }
        : { da: 'Skal udfyldes', en: 'Required' };
    case 'maxLength':
      return { da: `Højst ${n} tegn`, en: `At most ${n} characters` };
    case 'arrayMaxSize':
      return { da: `Højst ${n} punkter`, en: `At most ${n} entries` };
    case 'isIso8601':
    case 'isDateString':
      return { da: 'Skriv et gyldigt tidspunkt', en: 'Enter a valid date and time' };
    case 'isEmail':
      return { da: 'Skriv en gyldig e-mailadresse', en: 'Enter a valid e-mail address' };
    case 'isBoolean':
      return { da: 'Vælg ja eller nej', en: 'Choose yes or no' };
    case 'isUrl':
      return {
        da: 'Skriv en hel adresse, der begynder med https://',
        en: 'Enter a full address starting with https://',
      };
    case 'isIn':
    case 'isEnum':
      return { da: 'Vælg en af mulighederne', en: 'Choose one of the options' };
    case 'isInt':
    case 'isNumber':
    case 'min':
    case 'max':
      return { da: 'Skriv et gyldigt tal', en: 'Enter a valid number' };
    case 'whitelistValidation':
      return { da: 'Feltet findes ikke i formularen', en: 'This field is not part of the form' };
    default:
      return { da: 'Ugyldig værdi', en: 'Invalid value' };
  }
}
