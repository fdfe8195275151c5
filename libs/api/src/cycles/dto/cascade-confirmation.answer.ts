import { ApiProperty } from '@nestjs/swagger';
import { CYCLE_STAGES, type CycleStage } from '@ledelsesrum/domain';

export class CascadeProgressDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly total!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly confirmed!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly released!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly pending!: number;
}

/** A leader's own confirmation and where the cycle stands, in counts. */
export class CascadeConfirmationAnswerDto {
  @ApiProperty({ description: 'The meeting round' }) readonly id!: string;
  @ApiProperty({ enum: CYCLE_STAGES }) readonly stage!: CycleStage;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly revision!: number;
  @ApiProperty() readonly personId!: string;
  @ApiProperty({ description: 'A date or an instant, as the leader gave it' }) readonly passedOnAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly confirmedAt!: string;
  @ApiProperty({ type: CascadeProgressDto }) readonly progress!: CascadeProgressDto;
}
