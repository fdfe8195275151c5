import type { CommandContext } from '../shared/domain-event';
import type { EncryptedValue } from '../shared/encrypted-value';
import type { NoticeRound, SentMessage } from './cycle.notices';
import type { CycleSchedule, MeetingPlan } from './cycle.schedule';
import type { Agenda, CycleGroupSnapshot } from './cycle.types';

export interface LaunchCycle {
  readonly type: 'LaunchCycle';
  readonly cycleId: string;
  readonly theme: string;
  /** The meeting round's date, YYYY-MM-DD (Europe/Copenhagen). */
  readonly meetingDate: string;
  readonly groups: readonly CycleGroupSnapshot[];
  /** Defaults: 09:00, 180 minutes, no place. */
  readonly meeting?: Partial<MeetingPlan>;
  /** Defaults: prep at 08:00 seven days before the meeting date, reminders P7D and P12D, deadline P14D. */
  readonly schedule?: Partial<CycleSchedule>;
  /**
   * The round was already held and is registered afterwards: its meeting date may be past, and its prep is recorded
   * without messages, as it went out before the meeting, outside this system.
   */
  readonly backRegistration?: boolean;
}

export interface SetAgenda extends Agenda {
  readonly type: 'SetAgenda';
}

export interface SendPrep {
  readonly type: 'SendPrep';
}

export interface RecordMeeting {
  readonly type: 'RecordMeeting';
  readonly groupId: string;
  readonly heldAt: string;
  readonly attendeeIds: readonly string[];
  readonly keyPoints: readonly string[];
  readonly inputToChefgruppen: readonly string[];
}

export interface PublishSummary {
  readonly type: 'PublishSummary';
  readonly text: string;
}

export interface ConfirmCascade {
  readonly type: 'ConfirmCascade';
  readonly personId: string;
  readonly passedOnAt: string;
  readonly channel: string;
  /** The leader's reflection, sealed with their own key before the command is decided. */
  readonly note?: EncryptedValue;
}

/** A participant who left (or cannot cascade for another reason) no longer holds the cycle open. */
export interface ReleaseFromCascade {
  readonly type: 'ReleaseFromCascade';
  readonly personId: string;
  /** Why, sealed with the released person's key: it is about them, and is erased with them. */
  readonly reason: EncryptedValue;
}

/** The leader puts their own confirmation right: when and how they passed it on, and their reflection. */
export interface CorrectCascadeConfirmation {
  readonly type: 'CorrectCascadeConfirmation';
  readonly personId: string;
  readonly passedOnAt: string;
  readonly channel: string;
  /** Sealed with the leader's own key, as the confirmation's note is. */
  readonly note?: EncryptedValue;
}

/** The leader takes their own confirmation back: they are pending again. */
export interface WithdrawCascadeConfirmation {
  readonly type: 'WithdrawCascadeConfirmation';
  readonly personId: string;
  /** Why, sealed with the leader's key: it is about them. */
  readonly reason: EncryptedValue;
}

/**
 * The leader's own words for their staff about what the round means for their workplace ("Hvad betyder det for os"):
 * written once the summary is published, rewritten as often as they like until the round is completed.
 */
export interface WriteReflection {
  readonly type: 'WriteReflection';
  readonly personId: string;
  /** Sealed with the leader's own key before the command is decided: erasing them erases it. */
  readonly text: EncryptedValue;
}

/** Chefgruppen takes a release back: the person is pending again, and reminded as the schedule says. */
export interface UndoRelease {
  readonly type: 'UndoRelease';
  readonly personId: string;
  /** Why, sealed with the person's key, as the release's reason is. */
  readonly reason: EncryptedValue;
}

/** Moves the cycle's timers: the ones still to come follow the new schedule. */
export interface ChangeSchedule extends Partial<CycleSchedule> {
  readonly type: 'ChangeSchedule';
}

/** Chefgruppen ends the cascade before everyone confirmed; those still pending are listed as exceptions. */
export interface CloseCycle {
  readonly type: 'CloseCycle';
  /** Chefgruppen's record about the cycle, kept in clear text: not the place for anything about one person. */
  readonly reason: string;
}

/** Records that this cycle's agenda takes up an item of a group's input to chefgruppen from an earlier cycle. */
export interface TakeUpInput {
  readonly type: 'TakeUpInput';
  readonly fromCycleId: string;
  readonly groupId: string;
  /** The item's position in the group's input, from 0. */
  readonly item: number;
  /** The item's text, copied so the link reads on its own. */
  readonly text: string;
}

/**
 * Puts a recorded meeting right: the whole record as it should read. Once the summary is published the record has
 * been read by others, so the correction says why.
 */
export interface AmendMeetingRecord extends Omit<RecordMeeting, 'type'> {
  readonly type: 'AmendMeetingRecord';
  /** Chefgruppen's words about the correction, in clear text: required once the summary is published. */
  readonly reason?: string;
}

/** Corrects the agenda after prep went out; the leaders are sent what changed (errata). Before prep: SetAgenda. */
export interface CorrectAgenda extends Agenda {
  readonly type: 'CorrectAgenda';
  /** What changed, in the words the leaders get. */
  readonly changes: string;
  readonly reason: string;
}

/** Calls the whole round off (a test round, or one that will not take place); everyone who got a message is told. */
export interface CancelCycle {
  readonly type: 'CancelCycle';
  /** Chefgruppen's record about the cycle, kept in clear text like a closing reason. */
  readonly reason: string;
}

/** Issued by the workflow itself after sending: records the messages of (part of) a notice round. */
export interface RecordNotifications {
  readonly type: 'RecordNotifications';
  readonly round: NoticeRound;
  readonly messages: readonly SentMessage[];
  /** Present on the round's last part: the round is then done. */
  readonly completes?: { readonly messageCount: number; readonly unreachableIds: readonly string[] };
}

export type CycleCommand =
  | LaunchCycle
  | SetAgenda
  | SendPrep
  | RecordMeeting
  | PublishSummary
  | ConfirmCascade
  | ReleaseFromCascade
  | CorrectCascadeConfirmation
  | WithdrawCascadeConfirmation
  | UndoRelease
  | ChangeSchedule
  | CloseCycle
  | TakeUpInput
  | RecordNotifications
  | AmendMeetingRecord
  | CorrectAgenda
  | CancelCycle
  | WriteReflection;

/** A command together with who issued it and when. */
export interface CycleCommandEnvelope<C extends CycleCommand = CycleCommand> {
  readonly command: C;
  readonly context: CommandContext;
}
