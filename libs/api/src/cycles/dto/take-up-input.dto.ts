import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Min } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../common/validation';
import { documented } from '../../common/documented';

/** Names one item of a group's input to chefgruppen in an earlier cycle; the API copies its text. */
export class TakeUpInputDto {
  @ApiProperty({ description: documented('api.docs.cycles.take-up.from-cycle') })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  fromCycleId!: string;

  @ApiProperty({ example: 'g-1' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  groupId!: string;

  @ApiProperty({ example: 0, description: documented('api.docs.cycles.take-up.item') })
  @IsInt()
  @Min(0)
  item!: number;
}
