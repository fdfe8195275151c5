import type { DomainEvent } from '../shared/domain-event';
import type { LeaderLevel } from '../organisation/organisation.types';

/**
 * Someone at a workplace has heard about the round ("Jeg har hørt om det"). It names the round and the workplace (by
 * its leader), the workplace's area and level, the moment and the optional answer, and nobody: no person, no address,
 * no browser. The area and level are copied, so the count per area and level reads without the organisation.
 */
export type ReachAnswered = DomainEvent<
  'ReachAnswered',
  {
    readonly cycleId: string;
    readonly leaderId: string;
    readonly areaId: string;
    readonly level: LeaderLevel;
    readonly at: string;
    /** "Hvad betyder det for dig?", answered or not. */
    readonly answer?: string;
  }
>;

export type ReachEvent = ReachAnswered;
