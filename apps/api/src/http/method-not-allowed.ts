import type { IncomingMessage, ServerResponse } from 'node:http';
import { message } from '@ledelsesrum/messages';
import { refuse } from './refusal';
import type { RouteTable } from './route-table';

/**
 * A method no route answers on a path some route serves: 405 with `Allow`, before anything else is checked (the
 * method is wrong whoever asks). OPTIONS answers 204 with the same `Allow`: it asks which methods there are. A path
 * no route serves goes on to the router's 404.
 */
export function methodNotAllowed(routes: RouteTable) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const method = (request.method ?? 'GET').toUpperCase();
    const { methods, webPage } = routes.methodsOn((request.url ?? '/').split('?')[0]!);
    if (methods.length === 0 || (method !== 'OPTIONS' && methods.includes(method))) return next();
    response.setHeader('Allow', methods.join(', '));
    if (method === 'OPTIONS') {
      response.statusCode = 204;
      response.end();
      return;
    }
    const allowed = [...methods];
    refuse(
      request,
      response,
      {
        status: 405,
        code: 'METHOD_NOT_ALLOWED',
        words: message('api.request.method.not-allowed', { method, allowed: allowed.join(', ') }),
        details: { allowed },
      },
      webPage,
    );
  };
}
