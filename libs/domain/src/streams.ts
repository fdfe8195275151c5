import type { CycleEvent } from './cycle/cycle.events';
import type { OrganisationEvent } from './organisation/organisation.events';
import type { PublicationEvent } from './publication/publication.events';
import type { ReachEvent } from './reach/reach.events';

/**
 * The names of the event store's streams, in one place: the organisation has one stream, the publication to the
 * organisation one, each cycle one of its own (`cycle-` and the cycle's id) and one for its reach (`reach-` and the
 * cycle's id). Nothing else builds a stream name. What a stream holds is never read from its name:
 * each event type belongs to exactly one aggregate, so an event's type says which (`aggregateOfEvent`).
 */
export const ORGANISATION_STREAM = 'organisation';

/** How the organisation hears of the rounds (the staff feed's token, the distribution lists): one stream of its own. */
export const PUBLICATION_STREAM = 'publication';

const CYCLE_STREAM_PREFIX = 'cycle-';
const REACH_STREAM_PREFIX = 'reach-';

export type StreamKind = 'organisation' | 'cycle' | 'publication' | 'reach';

/** A round's reach ("Jeg har hørt om det"): a stream of its own, so answers never contend with the round's commands. */
export function reachStreamId(cycleId: string): string {
  return `${REACH_STREAM_PREFIX}${cycleId}`;
}

export function cycleStreamId(cycleId: string): string {
  return `${CYCLE_STREAM_PREFIX}${cycleId}`;
}

/**
 * The id of the cycle whose stream this is: the inverse of `cycleStreamId`, for a stream already known to be a
 * cycle's (from its events' type). Throws for any other name, so it cannot be used to guess what a stream is.
 */
export function cycleIdOfStream(streamId: string): string {
  if (!streamId.startsWith(CYCLE_STREAM_PREFIX)) throw new RangeError(`Not a cycle's stream: ${streamId}`);
  return streamId.slice(CYCLE_STREAM_PREFIX.length);
}

/** Every event type of each aggregate; the compiler checks that none is missing or misspelt. */
const AGGREGATE_OF_EVENT: Readonly<
  Record<CycleEvent['type'] | OrganisationEvent['type'] | PublicationEvent['type'] | ReachEvent['type'], StreamKind>
> = {
  CycleLaunched: 'cycle',
  AgendaSet: 'cycle',
  PrepSent: 'cycle',
  MeetingRecorded: 'cycle',
  MeetingsHeld: 'cycle',
  SummaryPublished: 'cycle',
  CascadeConfirmed: 'cycle',
  CascadeReleased: 'cycle',
  CascadeConfirmationCorrected: 'cycle',
  CascadeConfirmationWithdrawn: 'cycle',
  CascadeReleaseUndone: 'cycle',
  ScheduleChanged: 'cycle',
  CycleClosed: 'cycle',
  InputTakenUp: 'cycle',
  NotificationSent: 'cycle',
  NoticeRoundCompleted: 'cycle',
  CycleCompleted: 'cycle',
  MeetingRecordAmended: 'cycle',
  AgendaCorrected: 'cycle',
  CycleCancelled: 'cycle',
  ReflectionWritten: 'cycle',
  AreaAdded: 'organisation',
  AreaRenamed: 'organisation',
  AreaRemoved: 'organisation',
  PersonAdded: 'organisation',
  PersonChanged: 'organisation',
  PersonDetailsChanged: 'organisation',
  PersonLeft: 'organisation',
  PersonalDataErased: 'organisation',
  GroupCreated: 'organisation',
  GroupRenamed: 'organisation',
  GroupMemberAdded: 'organisation',
  GroupMemberRemoved: 'organisation',
  GroupFacilitatorChanged: 'organisation',
  GroupDissolved: 'organisation',
  StaffFeedTokenRotated: 'publication',
  ReachAnswered: 'reach',
  DistributionListsSet: 'publication',
};

/** The aggregate an event of this type belongs to, or undefined for a type the domain does not know. */
export function aggregateOfEvent(eventType: string): StreamKind | undefined {
  return Object.hasOwn(AGGREGATE_OF_EVENT, eventType)
    ? AGGREGATE_OF_EVENT[eventType as keyof typeof AGGREGATE_OF_EVENT]
    : undefined;
}
