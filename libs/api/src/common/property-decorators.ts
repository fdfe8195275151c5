/**
 * Several property decorators as one. The DTOs' own (not Nest's applyDecorators): the web interface's form tests load
 * the DTOs without Nest's packages, which Jest cannot load.
 */
export function propertyDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => decorators.forEach((decorate) => decorate(target, propertyKey));
}
