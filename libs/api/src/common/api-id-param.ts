import { ApiParam } from '@nestjs/swagger';
import { ID_PATTERN } from './validation';

/** Declares a path parameter that ParseIdPipe checks: an id, by the id pattern. */
export const ApiIdParam = (name: string): MethodDecorator =>
  ApiParam({ name, required: true, schema: { type: 'string', pattern: ID_PATTERN.source } });
