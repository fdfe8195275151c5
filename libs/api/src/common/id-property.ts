import { propertyDecorators } from './property-decorators';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { worded } from './field-message';
import { ID_PATTERN } from './validation';

/** An id in a body, checked and described by the one id pattern; `each` for a list of ids. */
export function IdProperty(options: ApiPropertyOptions & { readonly each?: boolean } = {}): PropertyDecorator {
  const { each = false, ...property } = options;
  const pattern = ID_PATTERN.source;
  return propertyDecorators(
    ApiProperty(
      (each
        ? { ...property, type: 'array', items: { type: 'string', pattern } }
        : { ...property, type: String, pattern }) as ApiPropertyOptions,
    ),
    Matches(ID_PATTERN, { each, ...worded('api.field.id') }),
  );
}
