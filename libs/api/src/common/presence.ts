import { ValidateIf } from 'class-validator';

/*
 * One rule for null, the same in every DTO: a field may be left out where the description says it is optional, but
 * only a field documented as nullable takes `null`. class-validator's own IsOptional lets null through to the
 * command, and a null no rule expects would be kept in the log for good.
 */

/** May be left out; `null` is validated like any other value, and so refused. */
export const Omittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** May be left out or `null` (which clears it); other values are validated. Document it as `nullable: true`. */
export const Nullable = (): PropertyDecorator => ValidateIf((_object, value) => value !== null && value !== undefined);
