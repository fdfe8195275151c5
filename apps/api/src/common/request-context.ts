import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { Principal } from '@ledelsesrum/auth';
import type { CommandOrigin } from '@ledelsesrum/application';
import type { RequestWithId } from './request-id.middleware';

/** The request a handler serves: its id and, once the AuthGuard has checked the token, the caller. */
export interface RequestContext {
  readonly requestId: string;
  readonly principal?: Principal;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Runs each handler inside its request's context, so the services that record events can say through which request
 * without every controller passing it on. An interceptor, not a middleware: it runs after the guard (the principal
 * is known), and a body parser's stream callbacks would lose a context begun before it.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RequestWithId & { principal?: Principal }>();
    const requestContext: RequestContext = {
      // Set by requestIdMiddleware for every HTTP request; a handler reached otherwise still gets an id of its own.
      requestId: request.requestId ?? randomUUID(),
      ...(request.principal ? { principal: request.principal } : {}),
    };
    // Nest binds the handler to the async context in which handle() is called: here, inside the run.
    return storage.run(requestContext, () => next.handle());
  }
}

/** The current request's context; undefined outside an HTTP request (e.g. a test calling a service directly). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * Who issues a command and through which request, for the application layer to stamp on its events: the actor, the
 * roles they acted in (every role their token granted, or those a route gave them, as the confirmation link's
 * `leader`), the request id, the Idempotency-Key scoped to the actor and the command (two people, or two commands,
 * that happen to send the same key never swallow each other's), and `via` when they came without a sign-in.
 */
export function commandOrigin(
  actorId: string,
  commandType: string,
  options: { roles?: readonly string[]; idempotencyKey?: string; via?: CommandOrigin['via'] } = {},
): CommandOrigin {
  const request = currentRequest();
  const roles = options.roles ?? (request?.principal?.id === actorId ? request.principal.roles : undefined);
  const { idempotencyKey, via } = options;
  return {
    actorId,
    ...(roles === undefined ? {} : { actorRoles: [...roles] }),
    requestId: request?.requestId ?? randomUUID(),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey: `${actorId}:${commandType}:${idempotencyKey}` }),
    ...(via === undefined ? {} : { via }),
  };
}
