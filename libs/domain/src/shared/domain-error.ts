/**
 * Stable codes for every rule the domain enforces. Clients and tests match on the code, never on the message.
 * Do not rename a code: add a new one.
 */
export const DomainErrorCode = {
  OrganisationInvalid: 'ORGANISATION_INVALID',
  UnknownArea: 'UNKNOWN_AREA',
  UnknownPerson: 'UNKNOWN_PERSON',
  UnknownGroup: 'UNKNOWN_GROUP',
  AreaExists: 'AREA_EXISTS',
  PersonExists: 'PERSON_EXISTS',
  GroupExists: 'GROUP_EXISTS',
  PersonLeft: 'PERSON_LEFT',
  PersonIsFacilitator: 'PERSON_IS_FACILITATOR',
  AlreadyMember: 'ALREADY_MEMBER',
  NotMember: 'NOT_MEMBER',
  CycleAlreadyLaunched: 'CYCLE_ALREADY_LAUNCHED',
  CycleNotLaunched: 'CYCLE_NOT_LAUNCHED',
  CycleHasNoGroups: 'CYCLE_HAS_NO_GROUPS',
  DuplicateGroup: 'DUPLICATE_GROUP',
  CycleCompleted: 'CYCLE_COMPLETED',
  AgendaLocked: 'AGENDA_LOCKED',
  AgendaNotSet: 'AGENDA_NOT_SET',
  PrepAlreadySent: 'PREP_ALREADY_SENT',
  PrepNotSent: 'PREP_NOT_SENT',
  GroupNotInCycle: 'GROUP_NOT_IN_CYCLE',
  MeetingAlreadyRecorded: 'MEETING_ALREADY_RECORDED',
  AttendeeNotInGroup: 'ATTENDEE_NOT_IN_GROUP',
  MeetingsNotHeld: 'MEETINGS_NOT_HELD',
  SummaryAlreadyPublished: 'SUMMARY_ALREADY_PUBLISHED',
  SummaryNotPublished: 'SUMMARY_NOT_PUBLISHED',
  PersonNotInCycle: 'PERSON_NOT_IN_CYCLE',
  CascadeAlreadyConfirmed: 'CASCADE_ALREADY_CONFIRMED',
  CascadeReleased: 'CASCADE_RELEASED',
  ScheduleInvalid: 'SCHEDULE_INVALID',
  NoticeRoundAlreadyCompleted: 'NOTICE_ROUND_ALREADY_COMPLETED',
  InputAlreadyTakenUp: 'INPUT_ALREADY_TAKEN_UP',
  InputFromSameCycle: 'INPUT_FROM_SAME_CYCLE',
} as const;

export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/** A broken business rule. `message` is Danish first, English after a " / ". */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
