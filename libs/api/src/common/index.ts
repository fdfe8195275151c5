export { BODY_LIMIT_KEY, DEFAULT_BODY_LIMIT, PUBLIC_BODY_LIMIT } from './body-limit.decorator';
export { ParseIdPipe } from './parse-id.pipe';
export { ApiIdParams } from './api-id-params';
export { RequestIdParam } from './request-id.decorator';
export { requestIdMiddleware, SANE_REQUEST_ID } from './request-id.middleware';
export { documented } from './documented';
export { worded, wordedText } from './field-message';
export { ID_PATTERN } from './validation';
export { VALIDATION_OPTIONS } from './validation-options';
export { ApiErrorDto, FieldErrorDto, type ApiErrorBody } from './api-error.dto';
export { codeForStatus } from './error-codes';
export { validationFailed, validationPipeFailed, type FieldError } from './validation-failed';
export {
  ApiErrors,
  DOCUMENTED_ERROR_STATUSES,
  statusDescription,
  type DocumentedErrorStatus,
} from './api-errors.decorator';
export { Nullable, Omittable } from './presence';
export { PresentProperty, type Presence } from './present-property';
export { IdProperty } from './id-property';
export { TextProperty } from './text-property';
export { FIRST_YEAR, LAST_YEAR, CALENDAR_DATE_PATTERN, INSTANT_PATTERN } from './date-range';
export { DateProperty, InstantProperty } from './date-properties';
export { ApiIdempotencyKey, IdempotencyKey } from './idempotency-key.decorator';
export { conflictingParameters } from './conflicting-parameters';
export { statusOfDomainError } from './domain-error-status';
