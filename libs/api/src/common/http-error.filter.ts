import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ApiErrorBody } from './api-error.dto';
import { codeForStatus } from './error-codes';

/**
 * Every HttpException of the API answers with the one error body (`ApiErrorDto`), whoever threw it: a guard, a pipe,
 * the router's 404, a service. What the exception says is kept; what it leaves out (Nest's own bodies have no code)
 * is filled in by its status. The web interface's controllers catch their refusals first and answer with pages.
 */
@Catch(HttpException)
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    const status = error.getStatus();
    response.status(status).json(errorBody(status, error.getResponse()));
  }
}

function errorBody(status: number, said: string | object): ApiErrorBody {
  const fields = typeof said === 'string' ? { message: said } : (said as Partial<Record<keyof ApiErrorBody, unknown>>);
  return {
    statusCode: status,
    code: typeof fields.code === 'string' ? fields.code : codeForStatus(status),
    message: [fields.message ?? ''].flat().join('; '),
    details: isObject(fields.details) ? fields.details : {},
    ...(Array.isArray(fields.errors) ? { errors: fields.errors as ApiErrorBody['errors'] } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
