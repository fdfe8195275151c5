import { copenhagenInstant } from '../time/copenhagen-instant';
import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { durationMs } from '../time/duration';

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
  const invalid = (reason: string) =>
    new DomainError(DomainErrorCode.ScheduleInvalid, `Ugyldig tidsplan / Invalid schedule: ${reason}`, {
      schedule,
    });
  const prepSendAt = Date.parse(schedule.prepSendAt);
  if (Number.isNaN(prepSendAt)) throw invalid('prepSendAt er ikke et tidspunkt / prepSendAt is not an instant');
  const deadline = durationMs(schedule.deadline);
  if (deadline === undefined || deadline <= 0 || deadline > LONGEST_DEADLINE_MS) {
    throw invalid('deadline skal være en varighed op til P365D / deadline must be a duration up to P365D');
  }
  let previous = 0;
  for (const reminder of schedule.reminders) {
    const at = durationMs(reminder);
    if (at === undefined || at <= previous || at >= deadline) {
      throw invalid(
        'påmindelser skal være stigende varigheder før fristen / reminders must be ascending durations before the deadline',
      );
    }
    previous = at;
  }
  return { ...schedule, prepSendAt: new Date(prepSendAt).toISOString() };
}

export function resolveMeetingPlan(given: Partial<MeetingPlan> = {}): MeetingPlan {
  const plan = { ...DEFAULT_MEETING, ...given };
  if (!CLOCK.test(plan.startTime)) {
    throw new DomainError(
      DomainErrorCode.ScheduleInvalid,
      'Mødets starttid skal være TT:MM / The meeting start must be HH:MM',
      { startTime: plan.startTime },
    );
  }
  if (!Number.isInteger(plan.durationMinutes) || plan.durationMinutes < 15 || plan.durationMinutes > 720) {
    throw new DomainError(
      DomainErrorCode.ScheduleInvalid,
      'Mødets varighed skal være 15–720 minutter / The meeting must last 15–720 minutes',
      { durationMinutes: plan.durationMinutes },
    );
  }
  return plan;
}

/** The meeting's start as an instant. */
export function meetingStart(meetingDate: string, plan: MeetingPlan): string {
  return copenhagenInstant(meetingDate, plan.startTime);
}
