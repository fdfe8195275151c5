import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { documented } from '../../common/documented';
import { IdProperty } from '../../common/id-property';

/** Names one item of a group's input to chefgruppen in an earlier cycle; the API copies its text. */
export class TakeUpInputDto {
  @IdProperty({ description: documented('api.docs.cycles.take-up.from-cycle') })
  fromCycleId!: string;

  @IdProperty({ example: 'g-1' })
  groupId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, example: 0, description: documented('api.docs.cycles.take-up.item') })
  @IsInt()
  @Min(0)
  item!: number;
}
