import { ApiProperty } from '@nestjs/swagger';
import { documented } from '../../common/documented';

/** A leader's reflection for their workplace as it now reads. */
export class ReflectionAnswerDto {
  @ApiProperty({ description: 'The meeting round' }) readonly cycleId!: string;
  @ApiProperty() readonly personId!: string;
  @ApiProperty({ description: documented('api.docs.cycles.reflection.text') }) readonly text!: string;
  @ApiProperty({ format: 'date-time' }) readonly writtenAt!: string;
}
