import { SYSTEM_ACTOR } from '@ledelsesrum/domain';

/**
 * Who issues a command and through what: handed to the application layer explicitly with every command, and stamped
 * on every event the command records, so the audit trail says who, in which roles, through which request.
 */
export interface CommandOrigin {
  /** A person id, or SYSTEM_ACTOR for what the system does by itself. */
  readonly actorId: string;
  /** Every role the caller's token granted when they acted; ['system'] for the system. */
  readonly actorRoles?: readonly string[];
  /** The API's request id (the caller's `X-Request-Id`, or one the API made up). */
  readonly requestId?: string;
  /**
   * Set when the caller came in without a sign-in: `confirm-link` is the personal link in the cascade e-mail,
   * `workplace-link` the anonymous workplace page a leader's staff open.
   */
  readonly via?: 'confirm-link' | 'workplace-link';
  /**
   * The caller's Idempotency-Key, already scoped to the caller and the command: a command with a key the stream has
   * recorded before stores nothing new and answers as the first did.
   */
  readonly idempotencyKey?: string;
  /** The workflow run that issued the command, for what the cycle's process does by itself. */
  readonly workflow?: { readonly workflowId: string; readonly workflowRunId: string };
}

/** The role recorded for what the system does by itself (prep at its time, messages). */
export const SYSTEM_ROLES: readonly string[] = ['system'];

/** The origin of what the system does by itself, keyed so that a retried step records nothing twice. */
export function systemOrigin(idempotencyKey: string, workflow?: CommandOrigin['workflow']): CommandOrigin {
  return { actorId: SYSTEM_ACTOR, actorRoles: SYSTEM_ROLES, idempotencyKey, ...(workflow ? { workflow } : {}) };
}

/** What every event of a command records besides its data. Nothing is made up: absent parts stay absent. */
export function eventMetadata(origin: CommandOrigin, commandType: string, now: string): Record<string, unknown> {
  const { actorId, actorRoles, requestId, via, idempotencyKey, workflow } = origin;
  return {
    actorId,
    ...(actorRoles === undefined ? {} : { actorRoles: [...actorRoles] }),
    occurredAt: now,
    command: commandType,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(via === undefined ? {} : { via }),
    ...(workflow === undefined ? {} : workflow),
  };
}
