import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';
import { InstantProperty } from '../../common/date-properties';

/** Exactly one of the two: the route refuses both and neither (the operation's description says so). */
export class StateQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: documented('api.docs.cycles.state.revision') })
  @Omittable()
  // An empty `?revision=` must fail, not read as 0.
  @Transform(({ value }) => (value === '' ? Number.NaN : Number(value)))
  @IsInt()
  @Min(0)
  revision?: number;

  @InstantProperty({ required: false, description: documented('api.docs.common.moment') })
  @Omittable()
  at?: string;
}
