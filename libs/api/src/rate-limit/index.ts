export { RateLimit } from './rate-limit.decorator';
export { RateLimitGuard } from './rate-limit.guard';
export { TooManyRequestsException } from './too-many-requests.exception';
