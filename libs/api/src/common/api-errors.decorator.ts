import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorDto } from './api-error.dto';
import { documented } from './documented';

/** The error statuses the description states; each has its words in the catalogue. */
export const DOCUMENTED_ERROR_STATUSES = [400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429, 503] as const;
export type DocumentedErrorStatus = (typeof DOCUMENTED_ERROR_STATUSES)[number];

/** The words the description gives an error status. */
export function statusDescription(status: DocumentedErrorStatus): string {
  return documented(`api.docs.status.${status}`);
}

/**
 * The error answers one operation can give beyond those every route shares (the description adds those from the
 * route's own metadata): each with the one error body, `ApiError`.
 */
export function ApiErrors(...statuses: DocumentedErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: statusDescription(status), type: ApiErrorDto })),
  );
}
