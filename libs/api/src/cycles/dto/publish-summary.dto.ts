import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class PublishSummaryDto {
  @ApiProperty({ example: 'Opsamling fra mødedagen …' })
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  text!: string;
}
