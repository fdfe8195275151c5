import { HttpException, HttpStatus } from '@nestjs/common';
import { bothLanguages, message } from '@ledelsesrum/messages';

/** A limit of RateLimitGuard was reached: the API's usual error body, and how long to wait. */
export class TooManyRequestsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        code: 'TOO_MANY_REQUESTS',
        message: bothLanguages(message('api.request.rate.too-many', { seconds: retryAfterSeconds })),
        details: { retryAfterSeconds },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
