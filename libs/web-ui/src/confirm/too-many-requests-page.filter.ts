import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { TooManyRequestsException } from '@ledelsesrum/api/rate-limit';
import { message } from '@ledelsesrum/messages';
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
    const body = html`<p class="alert alert-info notice" role="alert">
      ${say(context.language, message('web.confirm.too-many-requests.text', { seconds }))}
    </p>`;
    setPageHeaders(response);
    response
      .status(HttpStatus.TOO_MANY_REQUESTS)
      .send(layout(context, { title: message('web.common.error.too-many-requests.title'), body }).value);
  }
}
