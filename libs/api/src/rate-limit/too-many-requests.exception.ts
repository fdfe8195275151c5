import { HttpException, HttpStatus } from '@nestjs/common';

/** A limit of RateLimitGuard was reached: the API's usual error body, and how long to wait. */
export class TooManyRequestsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        code: 'TOO_MANY_REQUESTS',
        message:
          `For mange forespørgsler; prøv igen om ${retryAfterSeconds} sekunder / ` +
          `Too many requests; try again in ${retryAfterSeconds} seconds`,
        details: { retryAfterSeconds },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
