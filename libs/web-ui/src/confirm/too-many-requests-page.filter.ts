import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { TooManyRequestsException } from '@ledelsesrum/api/rate-limit';
import { html } from '../common/html';
import { layout } from '../common/layout';
import { pageContextOf, type WebRequest } from '../common/page-context';
import { setPageHeaders, type PageResponse } from '../common/page-headers';
import { say } from '../common/text';

interface FilterResponse extends PageResponse {
  status(code: number): { send(body: string): void };
}

/** The confirmation page's answer to a refused request (429): a page that says how long to wait. */
@Catch(TooManyRequestsException)
export class TooManyRequestsPageFilter implements ExceptionFilter {
  catch(error: TooManyRequestsException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<WebRequest>();
    const response = host.switchToHttp().getResponse<FilterResponse>();
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
