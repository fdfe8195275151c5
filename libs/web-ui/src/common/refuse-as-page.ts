import type { IncomingMessage, ServerResponse } from 'node:http';
import { html } from './html';
import { layout } from './layout';
import { pageContextOf, type WebRequest } from './page-context';
import { setPageHeaders } from './page-headers';
import { fromBilingual, say } from './text';

/**
 * A refusal the server gives on a web page before it reads the body, as the web pages refuse: not signed in → the
 * sign-in page; anything else a page saying what happened.
 */
export function refuseAsPage(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  /** Bilingual, 'Dansk / English'. */
  message: string,
): void {
  setPageHeaders(response as unknown as Parameters<typeof setPageHeaders>[0]);
  if (status === 401) {
    response.statusCode = 303;
    response.setHeader('Location', '/log-ind');
    response.end();
    return;
  }
  const context = pageContextOf(request as unknown as WebRequest);
  const body = html`<p class="notice" role="alert">${say(context.language, fromBilingual(message))}</p>
    <p><a href="/">${say(context.language, { da: 'Til forsiden', en: 'To the start page' })}</a></p>`;
  response.statusCode = status;
  response.end(layout(context, { title: { da: 'Det lykkedes ikke', en: 'That did not work' }, body }).value);
}
