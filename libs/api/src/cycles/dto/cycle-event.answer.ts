import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class EventActorDto {
  @ApiProperty({ type: String, nullable: true }) readonly id!: string | null;
  @ApiProperty({ type: [String], nullable: true }) readonly roles!: readonly string[] | null;
}

/**
 * One event of the cycle's history: the envelope is fixed, `data` is the event type's own (see the domain's events).
 * Null where an older event's metadata does not say.
 */
export class CycleEventAnswerDto {
  @ApiProperty() readonly id!: string;
  @ApiProperty({ example: 'CycleLaunched' }) readonly type!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly revision!: number;
  @ApiProperty({ format: 'date-time' }) readonly recordedAt!: string;
  @ApiProperty({ type: EventActorDto }) readonly actor!: EventActorDto;
  @ApiProperty({ type: String, nullable: true }) readonly requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly idempotencyKey!: string | null;
  @ApiPropertyOptional({ example: 'confirm-link' }) readonly via?: string;
  @ApiProperty({ type: String, nullable: true }) readonly workflowId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly workflowRunId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) readonly data!: unknown;
}
