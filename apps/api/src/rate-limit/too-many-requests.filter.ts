import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { html } from '../web/common/html';
import { layout } from '../web/common/layout';
import { pageContextOf, type WebRequest } from '../web/common/page-context';
import { setPageHeaders, type PageResponse } from '../web/common/page-headers';
import { say } from '../web/common/text';
import { TooManyRequestsException } from './too-many-requests.exception';

interface FilterResponse extends PageResponse {
  status(code: number): { json(body: unknown): void; send(body: string): void };
}

/**
 * A refused request under /api answers in JSON, as every API error does; elsewhere (the confirmation page
 * `/bekraeft/:token`) with a page that says to wait. The web interface's own routes get theirs from
 * WebExceptionFilter.
 */
@Catch(TooManyRequestsException)
export class TooManyRequestsFilter implements ExceptionFilter {
  catch(error: TooManyRequestsException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<WebRequest & { originalUrl?: string; url?: string }>();
    const response = host.switchToHttp().getResponse<FilterResponse>();
    const path = request.originalUrl ?? request.url ?? '';
    if (path === '/api' || path.startsWith('/api/')) {
      response.status(HttpStatus.TOO_MANY_REQUESTS).json(error.getResponse());
      return;
    }
    const context = pageContextOf(request);
    const seconds = error.retryAfterSeconds;
    const body = html`<p class="notice" role="alert">
      ${say(context.language, {
        da: `Der er kommet for mange forespørgsler fra din forbindelse. Vent ${seconds} sekunder, og prøv så igen.`,
        en: `Too many requests have come from your connection. Wait ${seconds} seconds, then try again.`,
      })}
    </p>`;
    setPageHeaders(response);
    response
      .status(HttpStatus.TOO_MANY_REQUESTS)
      .send(layout(context, { title: { da: 'For mange forsøg', en: 'Too many attempts' }, body }).value);
  }
}
