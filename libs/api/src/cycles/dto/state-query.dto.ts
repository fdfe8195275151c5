import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, Min } from 'class-validator';
import { documented } from '../../common/documented';

export class StateQueryDto {
  @ApiPropertyOptional({ description: documented('api.docs.cycles.state.revision') })
  @IsOptional()
  // An empty `?revision=` must fail, not read as 0.
  @Transform(({ value }) => (value === '' ? Number.NaN : Number(value)))
  @IsInt()
  @Min(0)
  revision?: number;

  @ApiPropertyOptional({ description: documented('api.docs.common.moment') })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
