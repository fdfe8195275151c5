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

/** A constraint the proposal could not meet, and where. The message is Danish first, English after " / ". */
export interface ConstraintReport {
  readonly constraint: CompositionConstraint;
  readonly message: string;
  readonly groupIds?: string[];
  readonly personIds?: string[];
}

export interface CompositionProposal {
  readonly groups: ProposedGroup[];
  readonly scores: GroupScore[];
  /** Empty when every constraint is met. Ordered by constraint priority. */
  readonly unmet: ConstraintReport[];
}
