import type { CommandContext } from '../shared/domain-event';
import type { Agenda, CycleGroupSnapshot } from './cycle.types';

export interface LaunchCycle {
  readonly type: 'LaunchCycle';
  readonly cycleId: string;
  readonly theme: string;
  /** The meeting round's date, YYYY-MM-DD (Europe/Copenhagen). */
  readonly meetingDate: string;
  readonly groups: readonly CycleGroupSnapshot[];
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
  readonly note?: string;
}

/** A participant who left (or cannot cascade for another reason) no longer holds the cycle open. */
export interface ReleaseFromCascade {
  readonly type: 'ReleaseFromCascade';
  readonly personId: string;
  readonly reason: string;
}

export type CycleCommand =
  LaunchCycle | SetAgenda | SendPrep | RecordMeeting | PublishSummary | ConfirmCascade | ReleaseFromCascade;

/** A command together with who issued it and when. */
export interface CycleCommandEnvelope<C extends CycleCommand = CycleCommand> {
  readonly command: C;
  readonly context: CommandContext;
}
