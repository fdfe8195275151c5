import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { worded } from '../../common/field-message';
import { IsDuration } from '../../common/is-duration';
import { MAX_TITLE } from '../../common/validation';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';

/** An instant with its offset (`…+02:00` or `…Z`): a date alone, or a time without a zone, is ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_REMINDERS = 10;

/**
 * When the cycle tells people things by itself; each part left out keeps what the cycle has (at launch: the
 * default). Whether the parts fit together (reminders ascending, before the deadline) is the domain's to say.
 */
export class ScheduleDto {
  @ApiPropertyOptional({
    example: '2027-05-13T08:00:00+02:00',
    description: documented('api.docs.cycles.schedule.prep-send-at'),
  })
  @Omittable()
  @Matches(INSTANT, worded('api.field.instant-with-offset'))
  @IsISO8601({ strict: true }, worded('api.field.instant-with-offset'))
  prepSendAt?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['P7D', 'P12D'],
    description: documented('api.docs.cycles.schedule.reminders'),
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(MAX_REMINDERS)
  @IsDuration({ each: true })
  reminders?: string[];

  @ApiPropertyOptional({ example: 'P14D', description: documented('api.docs.cycles.schedule.deadline') })
  @Omittable()
  @IsDuration()
  deadline?: string;
}

/** The groups' meeting on the meeting date; each part left out gets the default (09:00, 180 minutes, no place). */
export class MeetingPlanDto {
  @ApiPropertyOptional({ example: '09:00', description: documented('api.docs.cycles.meeting.start-time') })
  @Omittable()
  @Matches(CLOCK, worded('api.field.clock'))
  startTime?: string;

  @ApiPropertyOptional({ example: 180, description: documented('api.docs.cycles.meeting.duration') })
  @Omittable()
  @IsInt(worded('api.field.minutes.whole'))
  @Min(15, worded('api.field.minutes.at-least'))
  @Max(720, worded('api.field.minutes.at-most'))
  durationMinutes?: number;

  @ApiPropertyOptional({ example: 'Rådhuset, mødelokale 1' })
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  place?: string;
}
