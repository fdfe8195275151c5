import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loneSurrogateWords, refuseLoneSurrogates } from './well-formed-json';
import { message } from '@ledelsesrum/messages';
import { hasBody, ROUTE_POLICY, tooLarge, type GatedRequest } from './authenticate-before-body';
import { refuse, type Refusal } from './refusal';
import { UNSUPPORTED_BODY, type WithUnsupportedBody } from './unsupported-body';
import type { RouteTable } from './route-table';

/**
 * The body parsers, one set for each route limit, each reading only the requests whose route has its limit (put on
 * the request by authenticateBeforeBody). A request to no route is not read at all.
 */
export function useRouteBodyParsers(app: NestExpressApplication, routes: RouteTable): void {
  for (const limit of routes.bodyLimits()) {
    const at =
      (mediaType: string) =>
      (request: GatedRequest): boolean =>
        request[ROUTE_POLICY]?.bodyLimit === limit && mediaTypeOf(request) === mediaType && takes(request, mediaType);
    // The organisation import takes the spreadsheet's bytes as they are, to tell UTF-8 from Windows-1252.
    app.useBodyParser('raw', { type: at('text/csv'), limit });
    app.useBodyParser('json', { type: at('application/json'), limit, reviver: refuseLoneSurrogates });
    // The pages' forms (application/x-www-form-urlencoded): flat fields, nothing nested.
    app.useBodyParser('urlencoded', { type: at('application/x-www-form-urlencoded'), extended: false, limit });
  }
  app.use(markUnreadBody);
  app.use(refuseUnreadable);
}

/** Whether the request's route takes a body of this media type: a route of the API only what it declares. */
function takes(request: GatedRequest, mediaType: string): boolean {
  return request[ROUTE_POLICY]?.mediaTypes?.includes(mediaType) ?? true;
}

/**
 * A body no parser read, sent to a route of the API: its media type is not one the route takes. Marked here, refused
 * with 415 once the guards have checked the caller (RefuseUnsupportedBody). Let through unmarked, it would reach the
 * handler as no body at all, and be refused for fields it did send.
 */
function markUnreadBody(request: GatedRequest & WithUnsupportedBody, _response: unknown, next: () => void): void {
  const accepted = request[ROUTE_POLICY]?.mediaTypes;
  if (accepted && hasBody(request) && !takes(request, mediaTypeOf(request))) request[UNSUPPORTED_BODY] = accepted;
  next();
}

const MALFORMED_JSON: Refusal = {
  status: 400,
  code: 'MALFORMED_JSON',
  words: message('api.request.body.malformed-json'),
};

/**
 * What the body parsers could not read: a body without a declared length that turned out larger than its route's
 * limit (the same 413 as a declared one), a string that is no text (400, naming the field), or JSON that is not JSON
 * (400, MALFORMED_JSON).
 */
function refuseUnreadable(
  error: unknown,
  request: GatedRequest,
  response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  const policy = request[ROUTE_POLICY];
  const type = (error as { type?: unknown } | null)?.type;
  if (!policy) return next(error);
  if (type === 'entity.too.large') return refuse(request, response, tooLarge(policy.bodyLimit), policy.webPage);
  const words = loneSurrogateWords(error);
  if (words) return refuse(request, response, { status: 400, code: 'VALIDATION_FAILED', words }, policy.webPage);
  if (type === 'entity.parse.failed' && policy.mediaTypes) return refuse(request, response, MALFORMED_JSON, false);
  next(error);
}

function mediaTypeOf(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}
