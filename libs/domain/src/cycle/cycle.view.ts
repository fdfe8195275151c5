import type { CycleStage, LaunchedCycle } from './cycle.types';

/** The answer every cycle command and read gives: what a client needs to see where the cycle stands. */
export interface CycleView {
  readonly id: string;
  readonly theme: string;
  readonly meetingDate: string;
  readonly stage: CycleStage;
  /** Revision of the cycle's stream that this view reflects (0-based: the launch is revision 0). */
  readonly revision: number;
  readonly groups: readonly {
    readonly id: string;
    readonly meetingHeld: boolean;
    /** When the meeting's record was last corrected; absent when it reads as first recorded. */
    readonly meetingAmendedAt?: string;
  }[];
  readonly cascades: {
    readonly total: number;
    readonly confirmed: number;
    /** Released from the cascade by chefgruppen (they no longer hold the cycle open). */
    readonly released: readonly string[];
    readonly pending: readonly string[];
  };
}

export function toCycleView(state: LaunchedCycle, revision: number): CycleView {
  const participants = state.participants.values();
  return {
    id: state.id,
    theme: state.theme,
    meetingDate: state.meetingDate,
    stage: state.stage,
    revision,
    groups: state.groups.map((group) => ({
      id: group.id,
      meetingHeld: group.meeting !== undefined,
      ...(group.meeting?.amendedAt ? { meetingAmendedAt: group.meeting.amendedAt } : {}),
    })),
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

/**
 * The answer to a cascade confirmation: the leader's own confirmation and where the cycle stands, in counts. Small on
 * purpose, however many leaders the cycle has: it is the one answer thousands of leaders get in the same hour.
 */
export interface CascadeConfirmationView {
  readonly id: string;
  readonly stage: CycleStage;
  /** Revision of the cycle's stream right after the confirmation (or as it stands, for a repeated request). */
  readonly revision: number;
  readonly personId: string;
  readonly passedOnAt: string;
  readonly confirmedAt: string;
  readonly progress: {
    readonly total: number;
    readonly confirmed: number;
    readonly released: number;
    readonly pending: number;
  };
}

/** The confirmation answer for `personId`, who has confirmed in `state`. */
export function toCascadeConfirmationView(
  state: LaunchedCycle,
  personId: string,
  revision: number,
): CascadeConfirmationView {
  const cascade = state.participants.get(personId)?.cascade;
  if (!cascade) throw new Error(`${personId} has not confirmed in cycle ${state.id}`);
  const total = state.participants.size;
  return {
    id: state.id,
    stage: state.stage,
    revision,
    personId,
    passedOnAt: cascade.passedOnAt,
    confirmedAt: cascade.confirmedAt,
    progress: {
      total,
      confirmed: state.confirmedCount,
      released: state.releasedCount,
      pending: total - state.confirmedCount - state.releasedCount,
    },
  };
}
