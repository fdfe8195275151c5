import { CYCLE_STAGES, type CycleGroup, type CycleStage, type LaunchedCycle } from '@ledelsesrum/domain';

/**
 * Where a group's meeting in a cycle stands for its facilitator: `recorded`; `open` (it can be recorded now);
 * `waiting` (prep has not gone out, and the domain takes no meeting before it); `closed` (the cycle is completed).
 */
export type MeetingStatus = 'recorded' | 'open' | 'waiting' | 'closed';

/** One of the reader's groups in one cycle: a card on the facilitator's page. */
export interface FacilitatedMeeting {
  readonly cycleId: string;
  readonly theme: string;
  readonly meetingDate: string;
  readonly groupId: string;
  readonly status: MeetingStatus;
  readonly heldAt?: string;
}

export function isAtOrAfter(stage: CycleStage, other: CycleStage): boolean {
  return CYCLE_STAGES.indexOf(stage) >= CYCLE_STAGES.indexOf(other);
}

export function meetingStatus(cycle: LaunchedCycle, group: CycleGroup): MeetingStatus {
  if (group.meeting) return 'recorded';
  if (cycle.stage === 'completed' || cycle.stage === 'cancelled') return 'closed';
  return isAtOrAfter(cycle.stage, 'prep_sent') ? 'open' : 'waiting';
}

/**
 * The meetings of the groups `isMine` picks, in every cycle, the latest meeting date first. A cycle's groups are as
 * they were at launch: the facilitator then is the one who records, even if the organisation has changed since.
 */
export function facilitatedMeetings(
  cycles: readonly LaunchedCycle[],
  isMine: (group: { readonly facilitatorId: string }) => boolean,
): FacilitatedMeeting[] {
  return [...cycles]
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.theme.localeCompare(b.theme, 'da'))
    .flatMap((cycle) =>
      cycle.groups.filter(isMine).map((group) => ({
        cycleId: cycle.id,
        theme: cycle.theme,
        meetingDate: cycle.meetingDate,
        groupId: group.id,
        status: meetingStatus(cycle, group),
        ...(group.meeting ? { heldAt: group.meeting.heldAt } : {}),
      })),
    );
}

/** Whose groups the page shows: the reader's own, or every group for chefgruppen, who may record for any. */
export function groupsOf(session: {
  readonly id: string;
  readonly roles: readonly string[];
}): (group: { readonly facilitatorId: string }) => boolean {
  return session.roles.includes('chefgruppen') ? () => true : (group) => group.facilitatorId === session.id;
}
