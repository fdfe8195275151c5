import type { ShardedMap } from '../shared/sharded-map';
import type { NoticeProgress } from './cycle.notices';
import type { CycleSchedule, MeetingPlan } from './cycle.schedule';

export const CYCLE_STAGES = [
  'launched',
  'agenda_set',
  'prep_sent',
  'meetings_held',
  'summary_published',
  'completed',
  // Called off by chefgruppen: final, like `completed`, but not a stage every cycle reaches.
  'cancelled',
] as const;
export type CycleStage = (typeof CYCLE_STAGES)[number];

/** The stages to draw as a cycle's path: every stage in order, or for a cycle called off only that it was. */
export function stagePath(stage: CycleStage): readonly CycleStage[] {
  return stage === 'cancelled' ? ['cancelled'] : CYCLE_STAGES.filter((candidate) => candidate !== 'cancelled');
}

export const MATERIAL_KINDS = ['speaker', 'article', 'case', 'other'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export interface AgendaEntry {
  readonly title: string;
  readonly description?: string;
}

export interface Material {
  readonly kind: MaterialKind;
  readonly title: string;
  readonly url?: string;
}

export interface Agenda {
  readonly items: readonly AgendaEntry[];
  readonly prepTasks: readonly AgendaEntry[];
  readonly materials: readonly Material[];
}

/** A group as it was when the cycle was launched: later changes to the organisation do not reach the cycle. */
export interface CycleGroupSnapshot {
  readonly id: string;
  readonly facilitatorId: string;
  readonly memberIds: readonly string[];
}

/**
 * The state keeps only what decisions need; a meeting's key points and input, like a cascade's channel and note,
 * stay in the events. That keeps the state small however many leaders confirm.
 */
export interface MeetingRecord {
  readonly heldAt: string;
  readonly recordedBy: string;
  /** The latest correction of the record, if any. */
  readonly amendedAt?: string;
  readonly amendedBy?: string;
}

export interface CycleGroup extends CycleGroupSnapshot {
  readonly meeting?: MeetingRecord;
}

export interface CascadeConfirmation {
  readonly passedOnAt: string;
  readonly confirmedAt: string;
}

export interface Participant {
  readonly personId: string;
  readonly groupIds: readonly string[];
  readonly cascade?: CascadeConfirmation;
  /** Released from the cascade by chefgruppen, e.g. after leaving the organisation (the reason is in the event). */
  readonly released?: { readonly at: string };
}

export interface LaunchedCycle {
  readonly status: 'launched';
  readonly id: string;
  readonly theme: string;
  readonly meetingDate: string;
  readonly meeting: MeetingPlan;
  readonly schedule: CycleSchedule;
  readonly stage: CycleStage;
  readonly launchedAt: string;
  readonly launchedBy: string;
  /** Registered after it was held: its prep is recorded without messages (see `dueWork`). */
  readonly backRegistration?: true;
  /** Groups in the order they were launched with. */
  readonly groups: readonly CycleGroup[];
  /** Every leader in the cycle's groups, by person id, in the order the groups list them. */
  readonly participants: ShardedMap<Participant>;
  readonly confirmedCount: number;
  readonly releasedCount: number;
  readonly agenda?: Agenda;
  readonly prepSentAt?: string;
  readonly summary?: { readonly text: string; readonly publishedAt: string };
  readonly completedAt?: string;
  /** Closed by chefgruppen before everyone confirmed; the exceptions are the leaders who had not. */
  readonly closed?: { readonly reason: string; readonly exceptionIds: readonly string[]; readonly at: string };
  readonly notices: NoticeProgress;
  /** The latest correction of the agenda after prep, numbered from 1: each is owed an errata round. */
  readonly agendaCorrection?: {
    readonly number: number;
    readonly changes: string;
    readonly reason: string;
    readonly at: string;
  };
  /** Whether any message of this cycle reached a person: then a cancellation is owed to them. */
  readonly notifiedAnyone: boolean;
  /** Called off by chefgruppen (the stage is then `cancelled`). */
  readonly cancelled?: { readonly reason: string; readonly at: string };
  /** Input from earlier cycles taken up on this cycle's agenda, as `inputKey`s. */
  readonly takenUpInputs: readonly string[];
}

export type CycleState = { readonly status: 'not_launched' } | LaunchedCycle;

export const initialCycleState: CycleState = { status: 'not_launched' };

/** Names one item of a group's input to chefgruppen in a cycle. `item` counts from 0. */
export function inputKey(cycleId: string, groupId: string, item: number): string {
  return `${cycleId}/${groupId}/${item}`;
}
