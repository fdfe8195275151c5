import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_TITLE } from '../../common/validation';

export class ConfirmCascadeDto {
  @ApiProperty({ example: '2027-03-18T10:00:00+01:00', description: 'Hvornår / When the results were passed on' })
  @IsISO8601({ strict: true })
  passedOnAt!: string;

  @ApiProperty({ example: 'personalemøde', description: 'Hvordan / How (e.g. staff meeting)' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  channel!: string;

  @ApiPropertyOptional({ description: 'Refleksion / Reflection' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  note?: string;
}
