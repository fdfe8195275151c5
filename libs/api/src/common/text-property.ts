import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PresentProperty, type Presence } from './present-property';
import { MAX_TITLE } from './validation';

/** A text field of 1 to `maxLength` characters (a title's length unless given), checked and described alike. */
export function TextProperty(
  options: {
    readonly presence?: Presence;
    readonly maxLength?: number;
    readonly example?: string;
    readonly description?: string;
  } = {},
): PropertyDecorator {
  const { presence = 'required', maxLength = MAX_TITLE, ...words } = options;
  return applyDecorators(
    PresentProperty(presence, { type: String, minLength: 1, maxLength, ...words }),
    IsString(),
    MinLength(1),
    MaxLength(maxLength),
  );
}
