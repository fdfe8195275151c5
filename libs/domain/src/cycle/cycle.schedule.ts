import { copenhagenInstant } from '../time/copenhagen-instant';
import { DomainError, DomainErrorCode, DomainErrorRule, type DomainErrorMessageId } from '../shared/domain-error';
import { durationMs } from '../time/duration';
import { isWithinYears } from '../shared/values';

/**
 * When a cycle tells people things by itself. Reminders and the deadline count from the moment the summary is
 * published, as ISO 8601 durations (`P7D`); `prepSendAt` is an instant.
 */
export interface CycleSchedule {
  /** Prep goes out by itself then (or as soon as the agenda is set, if that is later), unless sent by hand first. */
  readonly prepSendAt: string;
  /** Reminders to leaders who have not confirmed their cascade, after the summary; ascending. */
  readonly reminders: readonly string[];
  /** Unconfirmed leaders are escalated to their facilitator, and chefgruppen gets a status report. */
  readonly deadline: string;
}

/** The groups' meeting on the cycle's meeting date, for the prep package and its calendar invitation. */
export interface MeetingPlan {
  /** `HH:MM`, Copenhagen time. */
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly place?: string;
}

export const DEFAULT_REMINDERS = ['P7D', 'P12D'] as const;
export const DEFAULT_DEADLINE = 'P14D';
export const DEFAULT_MEETING: MeetingPlan = { startTime: '09:00', durationMinutes: 180 };
/** Prep goes out at 08:00 Copenhagen time this many days before the meeting date unless the cycle says otherwise. */
export const DEFAULT_PREP_DAYS_BEFORE = 7;

const LONGEST_DEADLINE_MS = 365 * 24 * 3_600_000;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The schedule a cycle gets when its launch names none of it (or only part of it). */
export function defaultSchedule(meetingDate: string): CycleSchedule {
  const day = new Date(`${meetingDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - DEFAULT_PREP_DAYS_BEFORE);
  return {
    prepSendAt: copenhagenInstant(day.toISOString().slice(0, 10), '08:00'),
    reminders: DEFAULT_REMINDERS,
    deadline: DEFAULT_DEADLINE,
  };
}

/** A schedule with the given parts over the defaults, checked; `prepSendAt` normalised to UTC. */
export function resolveSchedule(meetingDate: string, given: Partial<CycleSchedule> = {}): CycleSchedule {
  return checkedSchedule({ ...defaultSchedule(meetingDate), ...given });
}

export function checkedSchedule(schedule: CycleSchedule): CycleSchedule {
  const invalid = (rule: DomainErrorMessageId) => new DomainError(DomainErrorCode.ScheduleInvalid, { schedule }, rule);
  const prepSendAt = Date.parse(schedule.prepSendAt);
  if (Number.isNaN(prepSendAt) || !isWithinYears(prepSendAt)) throw invalid(DomainErrorRule.SchedulePrepSendAt);
  const deadline = durationMs(schedule.deadline);
  if (deadline === undefined || deadline <= 0 || deadline > LONGEST_DEADLINE_MS) {
    throw invalid(DomainErrorRule.ScheduleDeadline);
  }
  let previous = 0;
  for (const reminder of schedule.reminders) {
    const at = durationMs(reminder);
    if (at === undefined || at <= previous || at >= deadline) {
      throw invalid(DomainErrorRule.ScheduleReminders);
    }
    previous = at;
  }
  return { ...schedule, prepSendAt: new Date(prepSendAt).toISOString() };
}

export function resolveMeetingPlan(given: Partial<MeetingPlan> = {}): MeetingPlan {
  const plan = { ...DEFAULT_MEETING, ...given };
  if (!CLOCK.test(plan.startTime)) {
    throw new DomainError(DomainErrorCode.ScheduleInvalid, { startTime: plan.startTime }, DomainErrorRule.MeetingStart);
  }
  if (!Number.isInteger(plan.durationMinutes) || plan.durationMinutes < 15 || plan.durationMinutes > 720) {
    throw new DomainError(
      DomainErrorCode.ScheduleInvalid,
      { durationMinutes: plan.durationMinutes },
      DomainErrorRule.MeetingDuration,
    );
  }
  return plan;
}

/** The meeting's start as an instant. */
export function meetingStart(meetingDate: string, plan: MeetingPlan): string {
  return copenhagenInstant(meetingDate, plan.startTime);
}
