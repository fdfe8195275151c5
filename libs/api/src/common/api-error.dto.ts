import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** One refused field of a request: where it is (`groups.0.name`, a query parameter's name) and what is wrong. */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorDto {
  @ApiProperty({ example: 'level' }) field!: string;
  @ApiProperty({ example: 'level must be one of the following values: direktør, chef, leder' }) message!: string;
}

/**
 * The one body of every error answer of the API, whatever refused the request: validation, a guard, the domain, the
 * server before it read the body. A client reads `code`; a person reads `message`.
 */
@ApiSchema({ name: 'ApiError' })
export class ApiErrorDto {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 }) statusCode!: number;
  @ApiProperty({ pattern: '^[A-Z][A-Z0-9_]*$', example: 'VALIDATION_FAILED' }) code!: string;
  @ApiProperty({ example: 'Forespørgslen er ugyldig / The request is invalid: level must be one of …' })
  message!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Kodens detaljer / The code’s details' })
  details!: Record<string, unknown>;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

/** An error body as the server writes it; `ApiErrorDto` describes it. */
export interface ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
}
