import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsObject, ValidateNested } from 'class-validator';
import { MAX_LIST, MAX_TITLE } from '../../common/validation';
import { MeetingPlanDto, ScheduleDto } from './schedule.dto';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';
import { DateProperty } from '../../common/date-properties';
import { IdProperty } from '../../common/id-property';
import { PresentProperty } from '../../common/present-property';
import { TextProperty } from '../../common/text-property';

export class LaunchCycleDto {
  @TextProperty({ maxLength: MAX_TITLE, example: 'Ledelse af psykisk arbejdsmiljø' })
  theme!: string;

  @DateProperty({ example: '2027-03-11', description: documented('api.docs.cycles.launch.meeting-date') })
  meetingDate!: string;

  @IdProperty({
    each: true,
    required: false,
    minItems: 1,
    maxItems: MAX_LIST,
    description: documented('api.docs.cycles.launch.groups'),
  })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LIST)
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

  @PresentProperty('omittable', {
    type: Boolean,
    default: false,
    description: documented('api.docs.cycles.launch.back-registration'),
  })
  @IsBoolean()
  backRegistration?: boolean;
}
