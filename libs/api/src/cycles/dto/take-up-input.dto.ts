import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Min } from 'class-validator';
import { ID_PATTERN } from '../../common/validation';
import { worded } from '../../common/field-message';
import { documented } from '../../common/documented';

/** Names one item of a group's input to chefgruppen in an earlier cycle; the API copies its text. */
export class TakeUpInputDto {
  @ApiProperty({ description: documented('api.docs.cycles.take-up.from-cycle') })
  @Matches(ID_PATTERN, worded('api.field.id'))
  fromCycleId!: string;

  @ApiProperty({ example: 'g-1' })
  @Matches(ID_PATTERN, worded('api.field.id'))
  groupId!: string;

  @ApiProperty({ example: 0, description: documented('api.docs.cycles.take-up.item') })
  @IsInt()
  @Min(0)
  item!: number;
}
