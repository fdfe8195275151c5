import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, MAX_LIST, MAX_TITLE } from '../../common/validation';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { MeetingPlanDto, ScheduleDto } from './schedule.dto';

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

  @ApiPropertyOptional({
    type: MeetingPlanDto,
    description: 'Udelades: 09:00, 180 minutter / Left out: 09:00, 180 min',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MeetingPlanDto)
  meeting?: MeetingPlanDto;

  @ApiPropertyOptional({
    type: ScheduleDto,
    description:
      'Udelades: forberedelse kl. 8 syv dage før, påmindelser P7D og P12D, frist P14D / ' +
      'Left out: prep at 08:00 seven days before, reminders P7D and P12D, deadline P14D',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule?: ScheduleDto;
}
