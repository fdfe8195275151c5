import { HttpStatus } from '@nestjs/common';
import { DomainErrorCode } from '@ledelsesrum/domain';

/** Most broken rules are conflicts with the stored state (409); these are not. */
const STATUS_BY_CODE: Partial<Record<DomainErrorCode, HttpStatus>> = {
  // An organisation that breaks its own rules: each field matches the description, the whole does not hold together.
  [DomainErrorCode.OrganisationInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.UnknownArea]: HttpStatus.NOT_FOUND,
  [DomainErrorCode.UnknownPerson]: HttpStatus.NOT_FOUND,
  [DomainErrorCode.UnknownGroup]: HttpStatus.NOT_FOUND,
  // A value no rule allows is bad input, whichever layer noticed it.
  [DomainErrorCode.InvalidValue]: HttpStatus.BAD_REQUEST,
  // Values that match their description but break a rule of content or of the clock (today, now) it does not state:
  // an empty agenda or attendance, a moment in the past or the future.
  [DomainErrorCode.AgendaWithoutItems]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.MeetingWithoutAttendees]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.MeetingDateInPast]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.MeetingDateTooFar]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.MeetingInFuture]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.CascadeInFuture]: HttpStatus.UNPROCESSABLE_ENTITY,
  // Too many answers from one workplace this hour: a limit, as the per-client limits answer.
  [DomainErrorCode.ReachLimitReached]: HttpStatus.TOO_MANY_REQUESTS,
  // Distribution lists that break a rule among themselves, whatever is stored.
  [DomainErrorCode.DistributionListNameMissing]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.DistributionListNameTaken]: HttpStatus.UNPROCESSABLE_ENTITY,
  [DomainErrorCode.DistributionListAddressInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** The status a broken rule answers with, the same for the API and the web pages. */
export function statusOfDomainError(code: DomainErrorCode): HttpStatus {
  return STATUS_BY_CODE[code] ?? HttpStatus.CONFLICT;
}
