import { ArgumentsHost, Catch, HttpStatus, type ExceptionFilter } from '@nestjs/common';
import { CommandTooLargeError, ConcurrencyExhaustedError } from '@ledelsesrum/application';
import { DomainError, DomainErrorCode, type DomainErrorParams, type OrganisationProblem } from '@ledelsesrum/domain';
import { WrongExpectedRevisionError } from '@ledelsesrum/event-store';
import { bothLanguages, domainErrorText, message, organisationProblemText } from '@ledelsesrum/messages';
import { PersonalDataErasedError } from '@ledelsesrum/personal-data';
import { statusOfDomainError } from './domain-error-status';

/**
 * The one mapping from what the application layer says to HTTP, for every aggregate: a broken rule is its code, its
 * words from the message catalogue and its parameters as details (409 unless listed above); a stream that kept changing under a command is a moment's unavailability (503:
 * nothing was stored, the same request can be sent again); a command that would record more than its size cap is too
 * large (413).
 */
@Catch(
  DomainError,
  WrongExpectedRevisionError,
  ConcurrencyExhaustedError,
  PersonalDataErasedError,
  CommandTooLargeError,
)
export class DomainErrorFilter implements ExceptionFilter {
  catch(
    error:
      | DomainError
      | WrongExpectedRevisionError
      | ConcurrencyExhaustedError
      | PersonalDataErasedError
      | CommandTooLargeError,
    host: ArgumentsHost,
  ): void {
    const response = host.switchToHttp().getResponse<{
      status(code: number): { json(body: unknown): void };
      setHeader(name: string, value: string): void;
    }>();
    if (error instanceof ConcurrencyExhaustedError) {
      response.setHeader('Retry-After', '1');
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'CONCURRENT_MODIFICATION',
        message: bothLanguages(message('api.request.concurrent.try-again')),
        details: {},
      });
      return;
    }
    if (error instanceof WrongExpectedRevisionError) {
      response.status(HttpStatus.CONFLICT).json({
        statusCode: HttpStatus.CONFLICT,
        code: 'CONCURRENT_MODIFICATION',
        message: bothLanguages(message('api.request.concurrent.reload')),
        details: {},
      });
      return;
    }
    if (error instanceof CommandTooLargeError) {
      // 413, not 422: nothing is wrong with what the request says, only with how much of it there is.
      response.status(HttpStatus.PAYLOAD_TOO_LARGE).json({
        statusCode: HttpStatus.PAYLOAD_TOO_LARGE,
        code: 'COMMAND_TOO_LARGE',
        message: bothLanguages(
          message('api.request.command.too-large', {
            command: error.commandType,
            bytes: error.bytes,
            limit: error.limit,
          }),
        ),
        details: { command: error.commandType, bytes: error.bytes, limit: error.limit },
      });
      return;
    }
    if (error instanceof PersonalDataErasedError) {
      // A change raced the erasure of the same person: the erasure wins, for good.
      response.status(HttpStatus.CONFLICT).json({
        statusCode: HttpStatus.CONFLICT,
        code: 'PERSONAL_DATA_ERASED',
        message: bothLanguages(message('api.people.personal-data.erased', { personId: error.personId })),
        details: { personId: error.personId },
      });
      return;
    }
    const status = statusOfDomainError(error.code);
    const words = bothLanguages(domainErrorText(error));
    response.status(status).json({ statusCode: status, code: error.code, message: words, details: detailsOf(error) });
  }
}

/** The error's parameters as details; an inconsistent organisation's problems each with its words, `dansk / English`. */
function detailsOf(error: DomainError): DomainErrorParams {
  if (error.code !== DomainErrorCode.OrganisationInvalid) return error.params;
  const problems = (error.params['problems'] ?? []) as OrganisationProblem[];
  return {
    ...error.params,
    problems: problems.map((problem) => ({
      path: problem.path,
      message: bothLanguages(organisationProblemText(problem)),
    })),
  };
}
