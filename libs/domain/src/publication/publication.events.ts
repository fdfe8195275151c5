import type { DomainEvent } from '../shared/domain-event';
import type { DistributionList } from './distribution-list';

/**
 * Chefgruppen made a new token for the staff's Atom feed; the one before stops working. Only the token's SHA-256 hash
 * is recorded: the token itself is shown once, to whoever rotated it, and is never stored.
 */
export type StaffFeedTokenRotated = DomainEvent<
  'StaffFeedTokenRotated',
  { readonly tokenHash: string; readonly rotatedBy: string; readonly at: string }
>;

/** Chefgruppen set the distribution lists; from `at` on, each published summary is e-mailed to these, and only these. */
export type DistributionListsSet = DomainEvent<
  'DistributionListsSet',
  { readonly lists: readonly DistributionList[]; readonly setBy: string; readonly at: string }
>;

export type PublicationEvent = StaffFeedTokenRotated | DistributionListsSet;
