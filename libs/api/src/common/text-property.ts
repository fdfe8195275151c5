import type { ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PresentProperty, type Presence } from './present-property';
import { propertyDecorators } from './property-decorators';
import { MAX_TITLE } from './validation';

/** A text of `minLength` (default 1) to `maxLength` (default a title's) characters, checked and described alike. */
export function TextProperty(
  options: ApiPropertyOptions & {
    readonly presence?: Presence;
    readonly minLength?: number;
    readonly maxLength?: number;
  } = {},
): PropertyDecorator {
  const { presence = 'required', minLength = 1, maxLength = MAX_TITLE, ...property } = options;
  return propertyDecorators(
    PresentProperty(presence, { ...property, type: String, minLength, maxLength } as ApiPropertyOptions),
    IsString(),
    MinLength(minLength),
    MaxLength(maxLength),
  );
}
