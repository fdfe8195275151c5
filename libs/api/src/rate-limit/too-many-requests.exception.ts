import { HttpException, HttpStatus } from '@nestjs/common';
import { bothLanguages, message, type Bilingual, type Refusal } from '@ledelsesrum/messages';

/** A limit of RateLimitGuard was reached: the API's usual error body, and how long to wait. */
export class TooManyRequestsException extends HttpException implements Refusal {
  readonly words: Bilingual;

  constructor(readonly retryAfterSeconds: number) {
    const words = message('api.request.rate.too-many', { seconds: retryAfterSeconds });
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        code: 'TOO_MANY_REQUESTS',
        message: bothLanguages(words),
        details: { retryAfterSeconds },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
    this.words = words;
  }
}
