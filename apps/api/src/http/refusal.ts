import type { IncomingMessage, ServerResponse } from 'node:http';
import { bothLanguages, type Bilingual } from '@ledelsesrum/messages';
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

const REASONS: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  503: 'Service Unavailable',
};

/**
 * Answers and closes the connection: the body that follows is never read, and on a kept-alive connection it would
 * otherwise be taken for the next request.
 */
export function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal, asPage: boolean): void {
  response.setHeader('Connection', 'close');
  if (asPage) return refuseAsPage(request, response, refusal.status, refusal.words);
  response.statusCode = refusal.status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  // The shape of every other refusal of the API (Nest's HttpException body).
  const { status, words, code, details } = refusal;
  response.end(
    JSON.stringify({
      statusCode: status,
      error: REASONS[status],
      ...(code === undefined ? {} : { code }),
      message: bothLanguages(words),
      ...(details === undefined ? {} : { details }),
    }),
  );
}
