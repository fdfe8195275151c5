import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Why chefgruppen closes the cycle before every leader confirmed; shown with the exceptions. */
export class CloseCycleDto {
  @ApiProperty({
    example: 'Fristen er overskredet / The deadline has passed',
    description:
      'Gemmes i klar tekst, så længe cyklussens historik findes: skriv ikke navne eller andre personoplysninger / ' +
      'Kept in clear text for as long as the cycle’s history exists: do not write names or other personal details',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
