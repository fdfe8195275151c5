import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Why chefgruppen closes the cycle before every leader confirmed; shown with the exceptions. */
export class CloseCycleDto {
  @ApiProperty({ example: 'Fristen er overskredet / The deadline has passed' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
