import type { DistributionList } from './distribution-list';

/** Replaces the staff feed's token with the one whose SHA-256 hash (64 hexadecimal digits) this is. */
export interface RotateStaffFeedToken {
  readonly type: 'RotateStaffFeedToken';
  readonly tokenHash: string;
}

/** Replaces the distribution lists that get each published summary; an empty list stops the e-mails. */
export interface SetDistributionLists {
  readonly type: 'SetDistributionLists';
  readonly lists: readonly DistributionList[];
}

export type PublicationCommand = RotateStaffFeedToken | SetDistributionLists;
