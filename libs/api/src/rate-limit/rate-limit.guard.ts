import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { TooManyRequestsException } from './too-many-requests.exception';

/**
 * The limits of rate-limits.ts on every route. Registered after the guards that check the caller, so the per-person
 * limit knows the person. A refusal is 429 with `Retry-After` (seconds) and the API's error body, or a page on the
 * web routes (their controllers' filters render it).
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    context
      .switchToHttp()
      .getResponse<{ setHeader(name: string, value: string): void }>()
      .setHeader('Retry-After', String(seconds));
    throw new TooManyRequestsException(seconds);
  }
}
