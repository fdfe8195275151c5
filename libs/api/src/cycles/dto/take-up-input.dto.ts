import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Min } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../common/validation';

/** Names one item of a group's input to chefgruppen in an earlier cycle; the API copies its text. */
export class TakeUpInputDto {
  @ApiProperty({ description: 'Den tidligere cyklus / The earlier cycle' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  fromCycleId!: string;

  @ApiProperty({ example: 'g-1' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  groupId!: string;

  @ApiProperty({ example: 0, description: 'Punktets nummer i gruppens input, fra 0 / The item’s index, from 0' })
  @IsInt()
  @Min(0)
  item!: number;
}
