export { BODY_LIMIT_KEY, DEFAULT_BODY_LIMIT, PUBLIC_BODY_LIMIT } from './body-limit.decorator';
export { ParseIdPipe } from './parse-id.pipe';
export { RequestIdParam } from './request-id.decorator';
export { requestIdMiddleware } from './request-id.middleware';
export { documented } from './documented';
export { worded, wordedText } from './field-message';
export { ID_PATTERN } from './validation';
export { VALIDATION_OPTIONS } from './validation-options';
