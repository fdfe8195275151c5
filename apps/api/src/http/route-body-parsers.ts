import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { refuseLoneSurrogates } from './well-formed-json';
import { ROUTE_POLICY, tooLarge, type GatedRequest } from './authenticate-before-body';
import { refuse } from './refusal';
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
        request[ROUTE_POLICY]?.bodyLimit === limit && mediaTypeOf(request) === mediaType;
    // The organisation import takes the spreadsheet's bytes as they are, to tell UTF-8 from Windows-1252.
    app.useBodyParser('raw', { type: at('text/csv'), limit });
    app.useBodyParser('json', { type: at('application/json'), limit, reviver: refuseLoneSurrogates });
    // The pages' forms (application/x-www-form-urlencoded): flat fields, nothing nested.
    app.useBodyParser('urlencoded', { type: at('application/x-www-form-urlencoded'), extended: false, limit });
  }
  app.use(refuseTooLarge);
}

/** A body without a declared length that turned out larger than its route's limit: the same 413 as a declared one. */
function refuseTooLarge(
  error: unknown,
  request: GatedRequest,
  response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  const policy = request[ROUTE_POLICY];
  if (!policy || (error as { type?: unknown } | null)?.type !== 'entity.too.large') return next(error);
  refuse(request, response, tooLarge(policy.bodyLimit), policy.webPage);
}

function mediaTypeOf(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}
