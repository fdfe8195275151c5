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
  /** A workplace's page answered more often this hour than the configured cap allows. */
  ReachLimitReached: 'REACH_LIMIT_REACHED',
  PersonNotInCycle: 'PERSON_NOT_IN_CYCLE',
  CascadeAlreadyConfirmed: 'CASCADE_ALREADY_CONFIRMED',
  CascadeReleased: 'CASCADE_RELEASED',
  CascadeNotConfirmed: 'CASCADE_NOT_CONFIRMED',
  CascadeNotReleased: 'CASCADE_NOT_RELEASED',
  ScheduleInvalid: 'SCHEDULE_INVALID',
  NoticeRoundAlreadyCompleted: 'NOTICE_ROUND_ALREADY_COMPLETED',
  InputAlreadyTakenUp: 'INPUT_ALREADY_TAKEN_UP',
  InputFromSameCycle: 'INPUT_FROM_SAME_CYCLE',
  /** A launch for a day already past, not stated as the registration of a round already held. */
  MeetingDateInPast: 'MEETING_DATE_IN_PAST',
  /** A launch for a day further ahead than a meeting round is planned. */
  MeetingDateTooFar: 'MEETING_DATE_TOO_FAR',
  AgendaWithoutItems: 'AGENDA_WITHOUT_ITEMS',
  MeetingInFuture: 'MEETING_IN_FUTURE',
  MeetingBeforePrep: 'MEETING_BEFORE_PREP',
  MeetingWithoutAttendees: 'MEETING_WITHOUT_ATTENDEES',
  CascadeBeforeSummary: 'CASCADE_BEFORE_SUMMARY',
  CascadeInFuture: 'CASCADE_IN_FUTURE',
  CycleCancelled: 'CYCLE_CANCELLED',
  MeetingNotRecorded: 'MEETING_NOT_RECORDED',
  AmendmentNeedsReason: 'AMENDMENT_NEEDS_REASON',
  MeetingsAlreadyHeld: 'MEETINGS_ALREADY_HELD',
  /** A command's field holds a value no rule allows (null where a value is required, an unknown level, 0274-01-01). */
  InvalidValue: 'INVALID_VALUE',
  /** A stored person holds a value the rules no longer allow (recorded before they were checked): correct it first. */
  PersonNeedsCorrection: 'PERSON_NEEDS_CORRECTION',
  /** A distribution list without a name. */
  DistributionListNameMissing: 'DISTRIBUTION_LIST_NAME_MISSING',
  /** Two distribution lists with the same name, whatever the case. */
  DistributionListNameTaken: 'DISTRIBUTION_LIST_NAME_TAKEN',
  /** A distribution list's address that is not an e-mail address. */
  DistributionListAddressInvalid: 'DISTRIBUTION_LIST_ADDRESS_INVALID',
} as const;

export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/**
 * Where one code stands for several rules, each rule's own message id (`<code>.<rule>`), so that a reader is told
 * which rule was broken. Clients still match on the code.
 */
export const DomainErrorRule = {
  CompositionImpossible: 'ORGANISATION_INVALID.COMPOSITION',
  FacilitatorLeavingGroup: 'PERSON_IS_FACILITATOR.LEAVING_GROUP',
  CloseBeforeSummary: 'SUMMARY_NOT_PUBLISHED.CLOSE',
  ScheduleEmpty: 'SCHEDULE_INVALID.EMPTY',
  ScheduleAfterEscalation: 'SCHEDULE_INVALID.AFTER_ESCALATION',
  SchedulePrepSendAt: 'SCHEDULE_INVALID.PREP_SEND_AT',
  ScheduleDeadline: 'SCHEDULE_INVALID.DEADLINE',
  ScheduleReminders: 'SCHEDULE_INVALID.REMINDERS',
  MeetingStart: 'SCHEDULE_INVALID.MEETING_START',
  MeetingDuration: 'SCHEDULE_INVALID.MEETING_DURATION',
} as const;

/** What a message catalogue words: every code (its general rule) and every rule of a shared code. */
export type DomainErrorMessageId = DomainErrorCode | (typeof DomainErrorRule)[keyof typeof DomainErrorRule];

/** The values a message about the broken rule needs; the API answers them as the error's `details`. */
export type DomainErrorParams = Readonly<Record<string, unknown>>;

/**
 * A broken business rule: a stable code, the rule's message id and the values its message needs. It carries no
 * prose: the words for a Danish and an English reader are in the message catalogue (`@ledelsesrum/messages`).
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    readonly params: DomainErrorParams = {},
    readonly messageId: DomainErrorMessageId = code,
  ) {
    super(messageId);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
