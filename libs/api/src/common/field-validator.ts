import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A class-validator decorator of the API's own from a test of one value: `name` is the constraint an error reports,
 * `defaults` its words (usually `worded(…)` from the catalogue), which a use may override.
 */
export function fieldValidator(
  name: string,
  defaults: ValidationOptions,
  validate: (value: unknown) => boolean,
): (options?: ValidationOptions) => PropertyDecorator {
  return (options) => (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { ...defaults, ...options },
      validator: { validate },
    });
}
