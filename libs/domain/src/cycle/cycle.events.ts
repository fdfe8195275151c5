import type { DomainEvent } from '../shared/domain-event';
import type { EncryptedValue } from '../shared/encrypted-value';
import type { NoticeRound, SentMessage } from './cycle.notices';
import type { CycleSchedule, MeetingPlan } from './cycle.schedule';
import type { Agenda, CycleGroupSnapshot } from './cycle.types';

export type CycleLaunched = DomainEvent<
  'CycleLaunched',
  {
    readonly cycleId: string;
    readonly theme: string;
    readonly meetingDate: string;
    readonly groups: readonly CycleGroupSnapshot[];
    /** Absent in cycles launched before cycles had schedules: they get the defaults. */
    readonly meeting?: MeetingPlan;
    readonly schedule?: CycleSchedule;
    /** Present (true) only on a round registered after it was held. */
    readonly backRegistration?: true;
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
    /** Sealed with the leader's key; plain text in events recorded before notes were sealed. */
    readonly note?: EncryptedValue | string;
    readonly confirmedAt: string;
  }
>;
export type CascadeReleased = DomainEvent<
  'CascadeReleased',
  {
    readonly personId: string;
    /** Sealed with the released person's key; plain text in events recorded before reasons were sealed. */
    readonly reason: EncryptedValue | string;
    readonly releasedBy: string;
    readonly at: string;
  }
>;
/** The leader's own correction of their confirmation; the first confirmation's moment stays. */
export type CascadeConfirmationCorrected = DomainEvent<
  'CascadeConfirmationCorrected',
  {
    readonly personId: string;
    readonly passedOnAt: string;
    readonly channel: string;
    /** Sealed with the leader's key. */
    readonly note?: EncryptedValue;
    readonly correctedAt: string;
  }
>;
export type CascadeConfirmationWithdrawn = DomainEvent<
  'CascadeConfirmationWithdrawn',
  {
    readonly personId: string;
    /** Sealed with the leader's key. */
    readonly reason: EncryptedValue;
    readonly withdrawnAt: string;
  }
>;
export type CascadeReleaseUndone = DomainEvent<
  'CascadeReleaseUndone',
  {
    readonly personId: string;
    /** Sealed with the person's key. */
    readonly reason: EncryptedValue;
    readonly undoneBy: string;
    readonly at: string;
  }
>;
export type ScheduleChanged = DomainEvent<
  'ScheduleChanged',
  { readonly schedule: CycleSchedule; readonly changedBy: string; readonly at: string }
>;
export type CycleClosed = DomainEvent<
  'CycleClosed',
  { readonly reason: string; readonly exceptionIds: readonly string[]; readonly closedBy: string; readonly at: string }
>;
export type InputTakenUp = DomainEvent<
  'InputTakenUp',
  {
    readonly fromCycleId: string;
    readonly groupId: string;
    readonly item: number;
    readonly text: string;
    readonly by: string;
    readonly at: string;
  }
>;
export type NotificationSent = DomainEvent<'NotificationSent', SentMessage & { readonly round: NoticeRound }>;
export type NoticeRoundCompleted = DomainEvent<
  'NoticeRoundCompleted',
  {
    readonly round: NoticeRound;
    readonly messageCount: number;
    /** Participants who got nothing: they left the organisation or their personal data was erased. */
    readonly unreachableIds: readonly string[];
    readonly at: string;
  }
>;
/** The whole record as it now reads; the first MeetingRecorded stays in the history beside it. */
export type MeetingRecordAmended = DomainEvent<
  'MeetingRecordAmended',
  Omit<MeetingRecorded['data'], 'recordedBy'> & {
    readonly reason?: string;
    readonly amendedBy: string;
    readonly at: string;
  }
>;
export type AgendaCorrected = DomainEvent<
  'AgendaCorrected',
  Agenda & { readonly changes: string; readonly reason: string; readonly correctedBy: string; readonly at: string }
>;
export type CycleCancelled = DomainEvent<
  'CycleCancelled',
  { readonly reason: string; readonly cancelledBy: string; readonly at: string }
>;
/** The leader's reflection for their own workplace, whole as it now reads; the latest one counts. */
export type ReflectionWritten = DomainEvent<
  'ReflectionWritten',
  {
    readonly personId: string;
    /** Sealed with the leader's key. */
    readonly text: EncryptedValue;
    readonly writtenAt: string;
  }
>;
/** Follows the cascade (or release) of the last participant, or the closing of the cycle. */
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
  | CascadeConfirmationCorrected
  | CascadeConfirmationWithdrawn
  | CascadeReleaseUndone
  | ScheduleChanged
  | CycleClosed
  | InputTakenUp
  | NotificationSent
  | NoticeRoundCompleted
  | CycleCompleted
  | MeetingRecordAmended
  | AgendaCorrected
  | CycleCancelled
  | ReflectionWritten;
