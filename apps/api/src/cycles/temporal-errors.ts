import { ConflictException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { RUN_CONTINUING } from '@ledelsesrum/contracts';
import { isRunContinuing } from '@ledelsesrum/temporal-client';

/**
 * Turns what the workflow said into HTTP: a rejected command arrives as an ApplicationFailure whose type is the
 * domain's error code (409); an unknown workflow is an unknown cycle (404); a run still continuing as new after the
 * API's retries is a moment's unavailability (503: nothing was stored, the same request may be sent again). Anything
 * else is a server fault.
 */
export function toHttpError(error: unknown, cycleId: string): unknown {
  if (isRunContinuing(error)) {
    return new ServiceUnavailableException({
      statusCode: 503,
      code: RUN_CONTINUING,
      message:
        'Cyklussen skifter til en ny kørsel; prøv igen om lidt / The cycle is moving on to a new run; try again shortly',
    });
  }
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    const details = (failure.details?.[0] ?? {}) as Record<string, unknown>;
    return new ConflictException({ statusCode: 409, code: failure.type, message: failure.message, details });
  }
  if (error instanceof WorkflowNotFoundError) {
    return new NotFoundException(`Ukendt cyklus / Unknown cycle: ${cycleId}`);
  }
  return error;
}
