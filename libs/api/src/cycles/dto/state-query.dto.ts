import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, Min } from 'class-validator';

export class StateQueryDto {
  @ApiPropertyOptional({ description: 'Revision (0 = lanceringen) / Revision (0 = the launch)' })
  @IsOptional()
  // An empty `?revision=` must fail, not read as 0.
  @Transform(({ value }) => (value === '' ? Number.NaN : Number(value)))
  @IsInt()
  @Min(0)
  revision?: number;

  @ApiPropertyOptional({ description: 'Tidspunkt (ISO-8601) / Moment (ISO-8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
