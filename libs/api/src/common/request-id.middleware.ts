import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A caller's own id is kept when it is a plain token: it goes into the event store and into log lines. */
export const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The caller's `X-Request-Id` when it is a sane token (at most 100 of `A-Z a-z 0-9 . _ : -`), else a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

export interface RequestWithId {
  headers: Record<string, string | string[] | undefined>;
  requestId?: string;
}

/**
 * Gives every HTTP request its id before anything else runs, and echoes it in the response, so a caller can find
 * what their request recorded (every event's `requestId`), also when the request was refused.
 */
export function requestIdMiddleware(
  request: RequestWithId,
  response: { setHeader(name: string, value: string): void },
  next: () => void,
): void {
  request.requestId = requestIdFrom(request.headers['x-request-id']);
  response.setHeader(REQUEST_ID_HEADER, request.requestId);
  next();
}
