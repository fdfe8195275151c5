import { applyDecorators } from '@nestjs/common';
import { Matches } from 'class-validator';
import { PresentProperty, type Presence } from './present-property';
import { worded } from './field-message';
import { ID_PATTERN } from './validation';

/** An id field: the id pattern, checked and stated in the description alike. */
export function IdProperty(
  options: { readonly presence?: Presence; readonly example?: string; readonly description?: string } = {},
): PropertyDecorator {
  const { presence = 'required', ...words } = options;
  return applyDecorators(
    PresentProperty(presence, { type: String, pattern: ID_PATTERN.source, ...words }),
    Matches(ID_PATTERN, worded('api.field.id')),
  );
}
