import { ForbiddenException } from '@nestjs/common';
import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message, refusal } from '@ledelsesrum/messages';

/**
 * Who may amend a group's meeting record: chefgruppen, and the facilitator the group had at launch until the summary
 * is published (after that others have read the record, and chefgruppen answers for a change). 403 otherwise. A group
 * that is not in the cycle is left to the domain.
 */
export function assertMayAmendRecord(
  cycle: LaunchedCycle,
  groupId: string,
  reader: { readonly id: string; readonly roles: readonly string[] },
): void {
  if (reader.roles.includes('chefgruppen')) return;
  const group = cycle.groups.find((candidate) => candidate.id === groupId);
  if (group?.facilitatorId !== reader.id) {
    throw refusal(message('api.cycles.meeting.facilitator-only'), (line) => new ForbiddenException(line));
  }
  if (cycle.summary !== undefined) {
    throw refusal(message('api.cycles.meeting.amend-after-summary'), (line) => new ForbiddenException(line));
  }
}
