import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { TooManyRequestsException } from './too-many-requests.exception';

/**
 * A refused request answers in JSON, as every API error does. The web interface's routes answer with pages of their
 * own: their controllers' filters catch the refusal first.
 */
@Catch(TooManyRequestsException)
export class TooManyRequestsFilter implements ExceptionFilter {
  catch(error: TooManyRequestsException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<{ status(code: number): { json(body: unknown): void } }>()
      .status(HttpStatus.TOO_MANY_REQUESTS)
      .json(error.getResponse());
  }
}
