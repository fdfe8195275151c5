import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The end of the global chain: kept outside the system, it proves later that nothing before it changed. */
export class ChainHeadDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly position!: number;
  @ApiProperty() readonly chainHash!: string;
  @ApiProperty({ format: 'date-time' }) readonly recordedAt!: string;
}

/** The first broken link; stream and revision are null for a missing event that cannot be told. */
export class ChainBreakDto {
  @ApiProperty({ enum: ['changed', 'deleted', 'inserted', 'reordered'] }) readonly kind!: string;
  @ApiProperty({ type: String, nullable: true }) readonly streamId!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) readonly revision!: number | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly position!: number;
  @ApiProperty({ description: 'What was found, dansk / English' }) readonly detail!: string;
}

/** Intact: the counts and the head (null for an empty store). Broken: the events intact before it, and the break. */
export class VerifyAnswerDto {
  @ApiProperty() readonly intact!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly events!: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) readonly streams?: number;
  @ApiPropertyOptional({ type: ChainHeadDto, nullable: true }) readonly head?: ChainHeadDto | null;
  @ApiPropertyOptional({ type: ChainBreakDto }) readonly break?: ChainBreakDto;
}
