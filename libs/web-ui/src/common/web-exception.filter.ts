import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { CommandTooLargeError } from '@ledelsesrum/application';
import { isDomainError } from '@ledelsesrum/domain';
import { domainErrorText, message, refusalWords } from '@ledelsesrum/messages';
import { WrongExpectedRevisionError } from '@ledelsesrum/event-store';
import { PersonalDataErasedError } from '@ledelsesrum/personal-data';
import { statusOfDomainError } from '@ledelsesrum/api/common';
import { html } from './html';
import { layout } from './layout';
import { setPageHeaders, type PageResponse } from './page-headers';
import { pageContextOf, type WebRequest } from './page-context';
import { say, type Text } from './text';

interface FilterResponse extends PageResponse {
  send(body: string): unknown;
}

const HEADINGS: Readonly<Record<number, Text>> = {
  [HttpStatus.FORBIDDEN]: message('web.common.error.forbidden.title'),
  [HttpStatus.NOT_FOUND]: message('web.common.error.not-found.title'),
  [HttpStatus.CONFLICT]: message('web.common.error.conflict.title'),
  [HttpStatus.TOO_MANY_REQUESTS]: message('web.common.error.too-many-requests.title'),
  [HttpStatus.SERVICE_UNAVAILABLE]: message('web.common.error.unavailable.title'),
};

const NEXT_STEP: Readonly<Record<number, Text>> = {
  [HttpStatus.FORBIDDEN]: message('web.common.error.forbidden.next'),
  [HttpStatus.NOT_FOUND]: message('web.common.error.not-found.next'),
  [HttpStatus.CONFLICT]: message('web.common.error.conflict.next'),
};

/**
 * Every refusal on a web page is a page too: not signed in → the sign-in page (and back here after), a refused role,
 * an unknown page, a stage conflict and a failure each say what happened and what to do next, in the reader's
 * language. Details of a failure go to the log, never to the page.
 */
@Catch()
export class WebExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('web');

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<WebRequest>();
    const response = host.switchToHttp().getResponse<FilterResponse>();
    const context = pageContextOf(request);
    setPageHeaders(response);
    const status = statusOf(error);
    if (status === HttpStatus.UNAUTHORIZED) {
      const back = request.method === 'GET' ? `?tilbage=${encodeURIComponent(context.path)}` : '';
      response.status(HttpStatus.SEE_OTHER);
      response.setHeader('Location', `/log-ind${back}`);
      response.send('');
      return;
    }
    if (status >= 500 && status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    const heading = HEADINGS[status] ?? message('web.common.error.title');
    const detail = status < 500 ? messageOf(error) : undefined;
    const next = NEXT_STEP[status] ?? message('web.common.error.next');
    const body = html`${detail ? html`<p class="alert alert-info notice" role="alert">${say(context.language, detail)}</p>` : ''}
      <p>${say(context.language, next)}</p>
      <p><a href="/">${say(context.language, message('web.common.error.to-start'))}</a></p>`;
    response.status(status);
    response.send(layout(context, { title: heading, body }).value);
  }
}

/** Conflicts with the stored state, as the API's DomainErrorFilter answers them: a rule, a concurrent change, an erasure. */
function isConflict(error: unknown): boolean {
  return (
    isDomainError(error) || error instanceof WrongExpectedRevisionError || error instanceof PersonalDataErasedError
  );
}

/** The status a refusal answers with, as the JSON API gives it. */
export function statusOf(error: unknown): number {
  if (error instanceof HttpException) return error.getStatus();
  if (error instanceof CommandTooLargeError) return HttpStatus.PAYLOAD_TOO_LARGE;
  if (isDomainError(error)) return statusOfDomainError(error.code);
  if (isConflict(error)) return HttpStatus.CONFLICT;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

/** The refusal's own words, as the JSON API would give them in one line. */
export function messageOf(error: unknown): Text | undefined {
  if (error instanceof WrongExpectedRevisionError) {
    return message('web.common.error.changed-concurrently');
  }
  if (isDomainError(error)) return domainErrorText(error);
  if (error instanceof PersonalDataErasedError) {
    return message('api.people.personal-data.erased', { personId: error.personId });
  }
  if (error instanceof CommandTooLargeError) {
    return message('api.request.command.too-large', {
      command: error.commandType,
      bytes: error.bytes,
      limit: error.limit,
    });
  }
  if (!(error instanceof HttpException)) return undefined;
  const words = refusalWords(error);
  if (words) return words;
  // A refusal of the framework itself (an unknown route) has one English text, said as it is.
  const body = error.getResponse();
  const refusal = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  return typeof refusal === 'string' ? { da: refusal, en: refusal } : undefined;
}
