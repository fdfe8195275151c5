import { message, type Bilingual } from '@ledelsesrum/messages';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from './html';
import { layout } from './layout';
import { pageContextOf, type WebRequest } from './page-context';
import { setPageHeaders } from './page-headers';
import { say } from './text';

/**
 * A refusal the server gives on a web page before it reads the body, as the web pages refuse: not signed in → the
 * sign-in page; anything else a page saying what happened.
 */
export function refuseAsPage(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  /** What was refused, in the catalogue's words. */
  words: Bilingual,
): void {
  setPageHeaders(response as unknown as Parameters<typeof setPageHeaders>[0]);
  if (status === 401) {
    response.statusCode = 303;
    response.setHeader('Location', '/log-ind');
    response.end();
    return;
  }
  const context = pageContextOf(request as unknown as WebRequest);
  const body = html`<p class="alert alert-info notice" role="alert">${say(context.language, words)}</p>
    <p><a href="/">${say(context.language, message('web.common.error.to-start'))}</a></p>`;
  response.statusCode = status;
  response.end(layout(context, { title: message('web.common.error.title'), body }).value);
}
