import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Nullable, Omittable } from './presence';
import { propertyDecorators } from './property-decorators';

/**
 * Whether a field must be sent: `required`; `omittable` (may be left out, `null` refused); `nullable` (may be left
 * out, `null` clears it).
 */
export type Presence = 'required' | 'omittable' | 'nullable';

/**
 * A field's schema with its presence, and the validator rule that goes with it: the description and the check are
 * made from the one word, so they cannot disagree about `null` or a missing field.
 */
export function PresentProperty(presence: Presence, schema: ApiPropertyOptions = {}): PropertyDecorator {
  if (presence === 'required') return ApiProperty(schema);
  if (presence === 'omittable') return propertyDecorators(ApiPropertyOptional(schema), Omittable());
  return propertyDecorators(ApiPropertyOptional({ ...schema, nullable: true } as ApiPropertyOptions), Nullable());
}
