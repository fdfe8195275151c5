import { ConflictException, NotFoundException } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

/**
 * Turns what the workflow said into HTTP: a rejected command arrives as an ApplicationFailure whose type is the
 * domain's error code (409); an unknown workflow is an unknown cycle (404). Anything else is a server fault.
 */
export function toHttpError(error: unknown, cycleId: string): unknown {
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
