import { HttpStatus, UnprocessableEntityException } from '@nestjs/common';
import { bothLanguages, type Bilingual } from '@ledelsesrum/messages';
import type { ApiErrorBody } from './api-error.dto';

/**
 * 422: each parameter matches the description, but together they break a rule it cannot state (exactly one of two,
 * one before the other). 400 is kept for a request the description itself refuses.
 */
export function conflictingParameters(words: Bilingual): UnprocessableEntityException {
  const body: ApiErrorBody = {
    statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
    code: 'CONFLICTING_PARAMETERS',
    message: bothLanguages(words),
    details: {},
  };
  return new UnprocessableEntityException(body);
}
