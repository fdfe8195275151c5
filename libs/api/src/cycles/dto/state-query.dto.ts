import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsInt, Min } from 'class-validator';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';

export class StateQueryDto {
  @ApiPropertyOptional({ description: documented('api.docs.cycles.state.revision') })
  @Omittable()
  // An empty `?revision=` must fail, not read as 0.
  @Transform(({ value }) => (value === '' ? Number.NaN : Number(value)))
  @IsInt()
  @Min(0)
  revision?: number;

  @ApiPropertyOptional({ description: documented('api.docs.common.moment') })
  @Omittable()
  @IsISO8601({ strict: true })
  at?: string;
}
