import { BadRequestException, HttpStatus } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { bothLanguages, message } from '@ledelsesrum/messages';
import type { ApiErrorBody } from './api-error.dto';

/** A refused field: its path in the request (`groups.0.name`) and the validator's words. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * The 400 every refused input answers with, from the validation pipe, a pipe of our own or a check of the query: the
 * code, one line naming every refused field, and the fields one by one.
 */
export function validationFailed(errors: readonly FieldError[]): BadRequestException {
  const body: ApiErrorBody = {
    statusCode: HttpStatus.BAD_REQUEST,
    code: 'VALIDATION_FAILED',
    message: `${bothLanguages(message('api.request.invalid'))}: ${errors.map((error) => error.message).join('; ')}`,
    details: {},
    errors,
  };
  return new BadRequestException(body);
}

/** The ValidationPipe's exceptionFactory: class-validator's nested errors as one flat list of fields. */
export function validationPipeFailed(errors: ValidationError[]): BadRequestException {
  return validationFailed([...fieldErrors(errors, '')]);
}

function* fieldErrors(errors: readonly ValidationError[], prefix: string): Generator<FieldError> {
  for (const error of errors) {
    const field = `${prefix}${error.property}`;
    // The validator words a field by its own name; a nested one gets its path in front, as `meeting.startTime: …`.
    for (const words of Object.values(error.constraints ?? {})) yield { field, message: `${prefix}${words}` };
    yield* fieldErrors(error.children ?? [], `${field}.`);
  }
}
