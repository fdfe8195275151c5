import type { DomainEvent } from '../shared/domain-event';
import type { Agenda, CycleGroupSnapshot } from './cycle.types';

export type CycleLaunched = DomainEvent<
  'CycleLaunched',
  {
    readonly cycleId: string;
    readonly theme: string;
    readonly meetingDate: string;
    readonly groups: readonly CycleGroupSnapshot[];
    readonly launchedBy: string;
    readonly launchedAt: string;
  }
>;
export type AgendaSet = DomainEvent<'AgendaSet', Agenda & { readonly setAt: string }>;
export type PrepSent = DomainEvent<'PrepSent', { readonly recipientIds: readonly string[]; readonly sentAt: string }>;
export type MeetingRecorded = DomainEvent<
  'MeetingRecorded',
  {
    readonly groupId: string;
    readonly heldAt: string;
    readonly attendeeIds: readonly string[];
    readonly keyPoints: readonly string[];
    readonly inputToChefgruppen: readonly string[];
    readonly recordedBy: string;
  }
>;
/** Follows the meeting of the last participating group. */
export type MeetingsHeld = DomainEvent<'MeetingsHeld', { readonly at: string }>;
export type SummaryPublished = DomainEvent<'SummaryPublished', { readonly text: string; readonly publishedAt: string }>;
export type CascadeConfirmed = DomainEvent<
  'CascadeConfirmed',
  {
    readonly personId: string;
    readonly passedOnAt: string;
    readonly channel: string;
    readonly note?: string;
    readonly confirmedAt: string;
  }
>;
export type CascadeReleased = DomainEvent<
  'CascadeReleased',
  { readonly personId: string; readonly reason: string; readonly releasedBy: string; readonly at: string }
>;
/** Follows the cascade (or release) of the last participant. */
export type CycleCompleted = DomainEvent<'CycleCompleted', { readonly at: string }>;

export type CycleEvent =
  | CycleLaunched
  | AgendaSet
  | PrepSent
  | MeetingRecorded
  | MeetingsHeld
  | SummaryPublished
  | CascadeConfirmed
  | CascadeReleased
  | CycleCompleted;
