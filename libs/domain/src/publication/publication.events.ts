import type { DomainEvent } from '../shared/domain-event';

/**
 * Chefgruppen made a new token for the staff's Atom feed; the one before stops working. Only the token's SHA-256 hash
 * is recorded: the token itself is shown once, to whoever rotated it, and is never stored.
 */
export type StaffFeedTokenRotated = DomainEvent<
  'StaffFeedTokenRotated',
  { readonly tokenHash: string; readonly rotatedBy: string; readonly at: string }
>;

export type PublicationEvent = StaffFeedTokenRotated;
