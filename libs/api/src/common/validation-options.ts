import type { ValidationPipeOptions } from '@nestjs/common';

/** How every body is validated: the global ValidationPipe, and the confirmation page's form, which answers in HTML. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  // A body that is not an object (e.g. a JSON array or a string) is refused, not coerced.
  forbidUnknownValues: true,
};
