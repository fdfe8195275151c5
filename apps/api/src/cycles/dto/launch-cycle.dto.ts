import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, MAX_LIST, MAX_TITLE } from '../../common/validation';
import { IsCalendarDate } from '../../common/is-calendar-date';

export class LaunchCycleDto {
  @ApiProperty({ example: 'Ledelse af psykisk arbejdsmiljø' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  theme!: string;

  @ApiProperty({ example: '2027-03-11', description: 'Mødedato (Europe/Copenhagen) / Meeting date, YYYY-MM-DD' })
  @IsCalendarDate()
  meetingDate!: string;

  @ApiPropertyOptional({ type: [String], description: 'Udelades: alle grupper / Left out: every group' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST)
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  groupIds?: string[];
}
