import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { bothLanguages, message } from '@ledelsesrum/messages';
import type { ApiErrorBody } from '@ledelsesrum/api/common';

/** On a request whose body is of a media type its route does not take: the media types it does take. */
export const UNSUPPORTED_BODY = Symbol('UNSUPPORTED_BODY');

export interface WithUnsupportedBody {
  [UNSUPPORTED_BODY]?: readonly string[];
}

/**
 * Refuses a body of a media type its route does not take (415), once the guards before it have let the caller through: who may
 * not call the route is told so (401, 403) whatever they sent. The body is never read; the connection is closed, so
 * it is not read as the next request either.
 */
@Injectable()
export class RefuseUnsupportedBody implements CanActivate {
  canActivate(context: ExecutionContext): true {
    const accepted = context.switchToHttp().getRequest<WithUnsupportedBody>()[UNSUPPORTED_BODY];
    if (!accepted) return true;
    context.switchToHttp().getResponse<ServerResponse>().setHeader('Connection', 'close');
    const body: ApiErrorBody = {
      statusCode: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: bothLanguages(message('api.request.body.media-type', { accepted: accepted.join(', ') })),
      details: { accepted },
    };
    throw new HttpException(body, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }
}
