import { randomUUID } from 'node:crypto';
import type { CommandOrigin } from '@ledelsesrum/application';
import type { Principal } from '@ledelsesrum/auth';

/**
 * The caller and the request they came through: what the guards put on the request once the token or session is
 * checked, and what every command is handed with, explicitly, down to the application layer.
 */
export interface Actor extends Principal {
  /** The API's request id (the caller's `X-Request-Id`, or one the API made up). */
  readonly requestId: string;
}

/** The principal as an actor of the request with `requestId` (one is made up for a request that has none). */
export function actorOf(principal: Principal, requestId: string | undefined): Actor {
  return { id: principal.id, roles: principal.roles, requestId: requestId ?? randomUUID() };
}

/**
 * What a command records about where it came from: the actor, every role their token granted (or those a route gave
 * them, as the confirmation link's `leader`), the request id, the Idempotency-Key scoped to the actor and the command
 * (two people, or two commands, that happen to send the same key never swallow each other's), and `via` when they
 * came without a sign-in.
 */
export function commandOrigin(
  actor: Actor,
  commandType: string,
  options: { idempotencyKey?: string; via?: CommandOrigin['via'] } = {},
): CommandOrigin {
  const { idempotencyKey, via } = options;
  return {
    actorId: actor.id,
    actorRoles: [...actor.roles],
    requestId: actor.requestId,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey: `${actor.id}:${commandType}:${idempotencyKey}` }),
    ...(via === undefined ? {} : { via }),
  };
}
