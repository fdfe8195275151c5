import { applyDecorators } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ID_PATTERN } from './validation';

/** Path ids as the description states them: the pattern ParseIdPipe checks, so a malformed id is a documented 400. */
export const ApiIdParams = (...names: string[]): MethodDecorator =>
  applyDecorators(
    ...names.map((name) => ApiParam({ name, required: true, schema: { type: 'string', pattern: ID_PATTERN.source } })),
  );
