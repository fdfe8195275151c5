import type { CycleView } from '@ledelsesrum/domain';
import type { Principal } from '@ledelsesrum/auth';

/** Who sees every participant's id in a cycle: chefgruppen steers the cascade, auditors check it. */
const SEES_EVERYONE = ['chefgruppen', 'auditor'];

/**
 * A cycle as its reader may see it. Chefgruppen and auditors see who is pending, released and among the exceptions;
 * anyone else (a leader, a facilitator) sees the counts and only their own id in those lists.
 */
export function cycleForReader<
  T extends CycleView & { readonly closed?: { readonly exceptionIds: readonly string[] } },
>(cycle: T, reader: Principal): T {
  if (reader.roles.some((role) => SEES_EVERYONE.includes(role))) return cycle;
  const own = (ids: readonly string[]) => ids.filter((id) => id === reader.id);
  const { pending, released } = cycle.cascades;
  return {
    ...cycle,
    cascades: { ...cycle.cascades, pending: own(pending), released: own(released) },
    ...(cycle.closed ? { closed: { ...cycle.closed, exceptionIds: own(cycle.closed.exceptionIds) } } : {}),
  };
}
