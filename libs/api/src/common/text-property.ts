import type { ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { worded } from './field-message';
import { PresentProperty, type Presence } from './present-property';
import { propertyDecorators } from './property-decorators';
import { MAX_TITLE } from './validation';

/** Some character that is not a blank: a text of blanks only is no text (the domain refuses it too). */
const NOT_BLANK = /\S/;

/**
 * A text of `minLength` (default 1) to `maxLength` (default a title's) characters, and more than blanks where it may
 * not be empty, checked and described alike.
 */
export function TextProperty(
  options: ApiPropertyOptions & {
    readonly presence?: Presence;
    readonly minLength?: number;
    readonly maxLength?: number;
  } = {},
): PropertyDecorator {
  const { presence = 'required', minLength = 1, maxLength = MAX_TITLE, ...property } = options;
  const pattern = minLength > 0 ? { pattern: NOT_BLANK.source } : {};
  return propertyDecorators(
    PresentProperty(presence, { ...property, type: String, minLength, maxLength, ...pattern } as ApiPropertyOptions),
    IsString(),
    MinLength(minLength),
    MaxLength(maxLength),
    ...(minLength > 0 ? [Matches(NOT_BLANK, worded('api.field.not-blank'))] : []),
  );
}
