import type { CycleStage, LaunchedCycle } from './cycle.types';

/** The answer every cycle command and read gives: what a client needs to see where the cycle stands. */
export interface CycleView {
  readonly id: string;
  readonly theme: string;
  readonly meetingDate: string;
  readonly stage: CycleStage;
  /** Revision of the cycle's stream that this view reflects (0-based: the launch is revision 0). */
  readonly revision: number;
  readonly groups: readonly { readonly id: string; readonly meetingHeld: boolean }[];
  readonly cascades: {
    readonly total: number;
    readonly confirmed: number;
    /** Released from the cascade by chefgruppen (they no longer hold the cycle open). */
    readonly released: readonly string[];
    readonly pending: readonly string[];
  };
}

export function toCycleView(state: LaunchedCycle, revision: number): CycleView {
  const participants = Object.values(state.participants);
  return {
    id: state.id,
    theme: state.theme,
    meetingDate: state.meetingDate,
    stage: state.stage,
    revision,
    groups: state.groups.map((group) => ({ id: group.id, meetingHeld: group.meeting !== undefined })),
    cascades: {
      total: participants.length,
      confirmed: state.confirmedCount,
      released: participants.filter((participant) => participant.released).map((participant) => participant.personId),
      pending: participants
        .filter((participant) => !participant.cascade && !participant.released)
        .map((participant) => participant.personId),
    },
  };
}
