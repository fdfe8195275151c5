import type { IncomingMessage, ServerResponse } from 'node:http';
import { bothLanguages, type Bilingual } from '@ledelsesrum/messages';
import { codeForStatus, type ApiErrorBody } from '@ledelsesrum/api/common';
import { refuseAsPage } from '@ledelsesrum/web-ui';

/** A refusal the server gives before it reads the request's body: the API's error body, or a page. */
export interface Refusal {
  readonly status: number;
  /** What was refused; the API answers it in one line, `dansk / English`, as every message of the API. */
  readonly words: Bilingual;
  /** A machine-readable code and its details, as the API's domain errors carry them. */
  readonly code?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Answers and closes the connection: the body that follows is never read, and on a kept-alive connection it would
 * otherwise be taken for the next request.
 */
export function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal, asPage: boolean): void {
  response.setHeader('Connection', 'close');
  if (asPage) return refuseAsPage(request, response, refusal.status, refusal.words);
  response.statusCode = refusal.status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  // The one error body of the API, as every other refusal answers it.
  const { status, words, code, details } = refusal;
  const body: ApiErrorBody = {
    statusCode: status,
    code: code ?? codeForStatus(status),
    message: bothLanguages(words),
    details: details ?? {},
  };
  response.end(JSON.stringify(body));
}
