import { ApplicationFailure } from '@temporalio/workflow';
import { isDomainError } from '@ledelsesrum/domain';

/**
 * A rejected command reaches the client as an ApplicationFailure whose `type` is the domain error's stable code
 * and whose first detail is the error's details, so the API can answer 409 with both.
 */
export function toFailure(error: unknown): ApplicationFailure {
  if (isDomainError(error)) {
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [error.details],
      nonRetryable: true,
    });
  }
  if (error instanceof ApplicationFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  return ApplicationFailure.create({ type: 'INTERNAL', message, nonRetryable: true });
}
