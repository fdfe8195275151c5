import { propertyDecorators } from './property-decorators';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A text of `minLength` (default 1) to `maxLength` characters, checked and described alike. */
export function TextProperty(
  options: ApiPropertyOptions & { readonly maxLength: number; readonly minLength?: number },
): PropertyDecorator {
  const { minLength = 1, maxLength } = options;
  return propertyDecorators(
    ApiProperty({ ...options, type: String, minLength, maxLength } as ApiPropertyOptions),
    IsString(),
    MinLength(minLength),
    MaxLength(maxLength),
  );
}
