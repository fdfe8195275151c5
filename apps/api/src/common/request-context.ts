import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { Principal } from '@ledelsesrum/auth';
import type { CommandRequest } from '@ledelsesrum/contracts';
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
 * What a command records about its request: the request id, the roles `principal` acted in (every role its token
 * granted, or those the route gave it, as the confirmation link's `leader`), and `via` when it came without a
 * sign-in.
 */
export function commandRequest(principal: Principal, via?: CommandRequest['via']): CommandRequest {
  return {
    requestId: currentRequest()?.requestId ?? randomUUID(),
    actorRoles: [...principal.roles],
    ...(via === undefined ? {} : { via }),
  };
}
