import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ID_PATTERN, MAX_LIST, MAX_TITLE } from '../../common/validation';
import { worded } from '../../common/field-message';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { MeetingPlanDto, ScheduleDto } from './schedule.dto';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';

export class LaunchCycleDto {
  @ApiProperty({ example: 'Ledelse af psykisk arbejdsmiljø' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  theme!: string;

  @ApiProperty({ example: '2027-03-11', description: documented('api.docs.cycles.launch.meeting-date') })
  @IsCalendarDate()
  meetingDate!: string;

  @ApiPropertyOptional({ type: [String], description: documented('api.docs.cycles.launch.groups') })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST)
  @Matches(ID_PATTERN, { each: true, ...worded('api.field.id') })
  groupIds?: string[];

  @ApiPropertyOptional({
    type: MeetingPlanDto,
    description: documented('api.docs.cycles.launch.meeting'),
  })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => MeetingPlanDto)
  meeting?: MeetingPlanDto;

  @ApiPropertyOptional({
    type: ScheduleDto,
    description: documented('api.docs.cycles.launch.schedule'),
  })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule?: ScheduleDto;
}
