import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from '../web/common/html';
import { layout } from '../web/common/layout';
import { pageContextOf, type WebRequest } from '../web/common/page-context';
import { setPageHeaders } from '../web/common/page-headers';
import { fromBilingual, say } from '../web/common/text';

/** A refusal the server gives before it reads the request's body: the API's error body, or a page. */
export interface Refusal {
  readonly status: number;
  /** Bilingual, 'Dansk / English', as every message of the API. */
  readonly message: string;
  /** A machine-readable code and its details, as the API's domain errors carry them. */
  readonly code?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

const REASONS: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  413: 'Payload Too Large',
  503: 'Service Unavailable',
};

/**
 * Answers and closes the connection: the body that follows is never read, and on a kept-alive connection it would
 * otherwise be taken for the next request.
 */
export function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal, asPage: boolean): void {
  response.setHeader('Connection', 'close');
  if (asPage) return refuseAsPage(request, response, refusal);
  response.statusCode = refusal.status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  // The shape of every other refusal of the API (Nest's HttpException body).
  const { status, message, code, details } = refusal;
  response.end(
    JSON.stringify({
      statusCode: status,
      error: REASONS[status],
      ...(code === undefined ? {} : { code }),
      message,
      ...(details === undefined ? {} : { details }),
    }),
  );
}

/** As the web pages refuse: not signed in → the sign-in page; anything else a page saying what happened. */
function refuseAsPage(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  setPageHeaders(response as unknown as Parameters<typeof setPageHeaders>[0]);
  if (refusal.status === 401) {
    response.statusCode = 303;
    response.setHeader('Location', '/log-ind');
    response.end();
    return;
  }
  const context = pageContextOf(request as unknown as WebRequest);
  const body = html`<p class="notice" role="alert">${say(context.language, fromBilingual(refusal.message))}</p>
    <p><a href="/">${say(context.language, { da: 'Til forsiden', en: 'To the start page' })}</a></p>`;
  response.statusCode = refusal.status;
  response.end(layout(context, { title: { da: 'Det lykkedes ikke', en: 'That did not work' }, body }).value);
}
