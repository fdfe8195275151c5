import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { documented } from '../../common/documented';

/** Why chefgruppen closes the cycle before every leader confirmed; shown with the exceptions. */
export class CloseCycleDto {
  @ApiProperty({
    example: documented('api.docs.cycles.close.reason-example'),
    description: documented('api.docs.cycles.close.reason'),
  })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
