import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { documented } from './documented';
import { fieldMessage } from './field-message';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** The optional Idempotency-Key header: 1-200 visible ASCII characters. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
    throw new BadRequestException(fieldMessage('Idempotency-Key', 'api.field.idempotency-key'));
  }
  return value;
});

/** Describes the header `@IdempotencyKey()` reads, with the pattern it checks; a key it refuses is a 400. */
export const ApiIdempotencyKey = (): MethodDecorator & ClassDecorator =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: documented('api.docs.cycles.idempotency-key'),
    schema: { type: 'string', pattern: KEY_PATTERN.source, minLength: 1, maxLength: 200 },
  });
