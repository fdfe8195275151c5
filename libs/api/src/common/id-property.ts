import type { ApiPropertyOptions } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { worded } from './field-message';
import { PresentProperty, type Presence } from './present-property';
import { propertyDecorators } from './property-decorators';
import { ID_PATTERN } from './validation';

/** An id in a body, checked and described by the one id pattern; `each` for a list of ids. */
export function IdProperty(
  options: ApiPropertyOptions & { readonly presence?: Presence; readonly each?: boolean } = {},
): PropertyDecorator {
  const { presence = 'required', each = false, ...property } = options;
  const pattern = ID_PATTERN.source;
  const schema = each
    ? { ...property, type: 'array', items: { type: 'string', pattern } }
    : { ...property, type: String, pattern };
  return propertyDecorators(
    PresentProperty(presence, schema as ApiPropertyOptions),
    Matches(ID_PATTERN, { each, ...worded('api.field.id') }),
  );
}
