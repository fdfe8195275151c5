import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CYCLE_STAGES, type CycleStage } from '@ledelsesrum/domain';

/** A participating group and whether its meeting is recorded. */
export class CycleGroupAnswerDto {
  @ApiProperty({ example: 'g-1' }) readonly id!: string;
  @ApiProperty() readonly meetingHeld!: boolean;
  /** Present once the record was corrected: when, the latest time. */
  @ApiPropertyOptional({ format: 'date-time' }) readonly meetingAmendedAt?: string;
}

/** Where the cascade stands; other people's ids only for chefgruppen and auditors (others see their own). */
export class CascadeCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly total!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly confirmed!: number;
  @ApiProperty({ type: [String] }) readonly released!: readonly string[];
  @ApiProperty({ type: [String] }) readonly pending!: readonly string[];
}

/** The answer every cycle command gives, and each entry of the cycle list. */
export class CycleAnswerDto {
  @ApiProperty({ example: '0b7f3c2e-4d1a-4e8b-9c6f-2a5d7e9f1b3c' }) readonly id!: string;
  @ApiProperty() readonly theme!: string;
  @ApiProperty({ format: 'date', example: '2027-03-11' }) readonly meetingDate!: string;
  @ApiProperty({ enum: CYCLE_STAGES }) readonly stage!: CycleStage;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Revision of the meeting round’s stream; 0 is the launch' })
  readonly revision!: number;
  @ApiProperty({ type: [CycleGroupAnswerDto] }) readonly groups!: readonly CycleGroupAnswerDto[];
  @ApiProperty({ type: CascadeCountsDto }) readonly cascades!: CascadeCountsDto;
}
