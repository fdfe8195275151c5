import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { WebSession } from '@ledelsesrum/auth';
import type { CycleGroup, LaunchedCycle } from '@ledelsesrum/domain';

/**
 * The group whose meeting the reader may record, by the rule of POST /api/cycles/:id/meetings/:groupId: only the
 * facilitator the group had at launch, or chefgruppen (403 otherwise). A group not in the cycle is 404 here, as there
 * is no form to show for it.
 */
export function groupToRecord(cycle: LaunchedCycle, groupId: string, session: WebSession): CycleGroup {
  const group = cycle.groups.find((candidate) => candidate.id === groupId);
  if (!session.roles.includes('chefgruppen') && group?.facilitatorId !== session.id) {
    throw new ForbiddenException('Kun gruppens facilitator / Only the group’s facilitator');
  }
  if (!group) throw new NotFoundException('Gruppen deltager ikke i cyklussen / The group is not in this cycle');
  return group;
}

/** Everyone the group had at launch, the facilitator first: who can be ticked as having attended. */
export function groupMembers(group: CycleGroup): string[] {
  return [...new Set([group.facilitatorId, ...group.memberIds])];
}
