import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RequestWithId } from './request-id.middleware';

/** The request's id (see requestIdMiddleware), for routes without a signed-in actor that still record a command. */
export const RequestIdParam = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<RequestWithId>().requestId,
);
