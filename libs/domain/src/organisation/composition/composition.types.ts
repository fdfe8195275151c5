import type { LeaderLevel } from '../organisation.types';

/** One active person as the composition sees them; the caller leaves out people who have left. */
export interface ComposablePerson {
  readonly id: string;
  readonly areaId: string;
  readonly level: LeaderLevel;
  readonly experienced: boolean;
  /** Their direct manager; ignored when the manager is not among the people being composed. */
  readonly managerId?: string;
}

export interface ComposeOptions {
  /** How many groups to propose (chefgruppen uses 11). */
  readonly count: number;
  /** Same people + same seed → same proposal; another seed may give another, equally valid one. Default 1. */
  readonly seed?: number;
}

/** Shaped like an organisation `Group`, so a proposal can be imported as it stands. */
export interface ProposedGroup {
  readonly id: string;
  readonly name: string;
  readonly facilitatorId: string;
  /** Every member, the facilitator (listed first) included. */
  readonly memberIds: string[];
}

export interface GroupScore {
  readonly groupId: string;
  readonly size: number;
  /** Members per area, every area of the people composed included (0 when absent). */
  readonly areas: Record<string, number>;
  readonly levels: Record<LeaderLevel, number>;
  readonly experienced: number;
  readonly new: number;
  /**
   * 0..1, 1 = ideal: every area, level and experience count of the group is its fair share rounded down or up
   * (see composition-score.ts for the exact definition).
   */
  readonly spread: number;
}

/** The constraints in priority order: a lower one is never met at the expense of a higher one. */
export const COMPOSITION_CONSTRAINTS = ['facilitator', 'size', 'manager', 'spread'] as const;
export type CompositionConstraint = (typeof COMPOSITION_CONSTRAINTS)[number];

/** The values each unmet constraint is reported with; the words for them live in the message catalogue. */
export interface ConstraintReportParams {
  /** `eligible` chefs and direktører for `groups` groups; `standIns` groups have a leder as facilitator. */
  readonly facilitator: { readonly eligible: number; readonly groups: number; readonly standIns: number };
  /** `requested` groups, but only `people` people (so `people` groups are formed). */
  readonly size: { readonly requested: number; readonly people: number };
  /** `managerId` shares a group with `reports` of their direct reports. */
  readonly manager: { readonly managerId: string; readonly reports: number };
  /** The `value` of a `dimension` is off its share in `groups` groups. */
  readonly spread: { readonly dimension: SpreadDimension; readonly value: string; readonly groups: number };
}

/** The dimensions a group's spread is measured on. */
export type SpreadDimension = 'area' | 'level' | 'experience';

/** A constraint the proposal could not meet, with the values that say how, and where. */
export type ConstraintReport = {
  readonly [C in CompositionConstraint]: {
    readonly constraint: C;
    readonly params: ConstraintReportParams[C];
    readonly groupIds?: string[];
    readonly personIds?: string[];
  };
}[CompositionConstraint];

export interface CompositionProposal {
  readonly groups: ProposedGroup[];
  readonly scores: GroupScore[];
  /** Empty when every constraint is met. Ordered by constraint priority. */
  readonly unmet: ConstraintReport[];
}
