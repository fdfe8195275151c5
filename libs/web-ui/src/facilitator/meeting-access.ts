import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { WebSession } from '@ledelsesrum/auth';
import { DomainErrorCode, type CycleGroup, type LaunchedCycle } from '@ledelsesrum/domain';
import { domainErrorText, message, refusal } from '@ledelsesrum/messages';

/**
 * The group whose meeting the reader may record, by the rule of POST /api/cycles/:id/meetings/:groupId: only the
 * facilitator the group had at launch, or chefgruppen (403 otherwise). A group not in the cycle is 404 here, as there
 * is no form to show for it.
 */
export function groupToRecord(cycle: LaunchedCycle, groupId: string, session: WebSession): CycleGroup {
  const group = cycle.groups.find((candidate) => candidate.id === groupId);
  if (!session.roles.includes('chefgruppen') && group?.facilitatorId !== session.id) {
    throw refusal(message('api.cycles.meeting.facilitator-only'), (line) => new ForbiddenException(line));
  }
  if (!group) {
    const words = domainErrorText({ messageId: DomainErrorCode.GroupNotInCycle, params: {} });
    throw refusal(words, (line) => new NotFoundException(line));
  }
  return group;
}

/** Everyone the group had at launch, the facilitator first: who can be ticked as having attended. */
export function groupMembers(group: CycleGroup): string[] {
  return [...new Set([group.facilitatorId, ...group.memberIds])];
}
