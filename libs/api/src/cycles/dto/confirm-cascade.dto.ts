import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_TITLE } from '../../common/validation';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';

export class ConfirmCascadeDto {
  @ApiProperty({ example: '2027-03-18T10:00:00+01:00', description: documented('api.docs.cycles.confirm-cascade.at') })
  @IsISO8601({ strict: true })
  passedOnAt!: string;

  @ApiProperty({ example: 'personalemøde', description: documented('api.docs.cycles.confirm-cascade.how') })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  channel!: string;

  @ApiPropertyOptional({ description: documented('api.docs.cycles.confirm-cascade.reflection') })
  @Omittable()
  @IsString()
  @MaxLength(2_000)
  note?: string;
}
