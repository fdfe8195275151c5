import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, Min } from 'class-validator';

export class StateQueryDto {
  @ApiPropertyOptional({ description: 'Revision (0 = lanceringen) / Revision (0 = the launch)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  revision?: number;

  @ApiPropertyOptional({ description: 'Tidspunkt (ISO-8601) / Moment (ISO-8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
