/**
 * Who caused an event and how, as its metadata records it: the person and the roles their token granted, the API
 * request (its id, the Idempotency-Key as scoped by the API, `via` for the personal confirmation link) and, for a
 * cycle, the workflow run that appended it. Null where an event from before this was recorded does not say.
 */
export interface EventOrigin {
  readonly actor: { readonly id: string | null; readonly roles: readonly string[] | null };
  readonly requestId: string | null;
  readonly idempotencyKey: string | null;
  /** Present when the actor came in without a sign-in: `confirm-link`. */
  readonly via?: string;
  readonly workflowId: string | null;
  readonly workflowRunId: string | null;
}

export function eventOrigin(metadata: Readonly<Record<string, unknown>>): EventOrigin {
  const text = (name: string): string | null => {
    const value = metadata[name];
    return typeof value === 'string' ? value : null;
  };
  const roles = metadata['actorRoles'];
  const via = text('via');
  return {
    actor: {
      id: text('actorId'),
      roles: Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : null,
    },
    requestId: text('requestId'),
    idempotencyKey: text('idempotencyKey'),
    ...(via === null ? {} : { via }),
    workflowId: text('workflowId'),
    workflowRunId: text('workflowRunId'),
  };
}
