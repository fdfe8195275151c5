import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min } from 'class-validator';
import { worded } from '../../common/field-message';
import { DURATION_PATTERN, IsDuration, MAX_DURATION_LENGTH } from '../../common/is-duration';
import { MAX_TITLE } from '../../common/validation';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';
import { InstantProperty } from '../../common/date-properties';
import { TextProperty } from '../../common/text-property';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_REMINDERS = 10;
const MIN_MINUTES = 15;
const MAX_MINUTES = 720;
/** A duration as the description states it; the domain's parser decides. */
const DURATION = { type: 'string', pattern: DURATION_PATTERN.source, maxLength: MAX_DURATION_LENGTH } as const;

/**
 * When the cycle tells people things by itself; each part left out keeps what the cycle has (at launch: the
 * default). Whether the parts fit together (reminders ascending, before the deadline) is the domain's to say.
 */
export class ScheduleDto {
  @InstantProperty({
    required: false,
    example: '2027-05-13T08:00:00+02:00',
    description: documented('api.docs.cycles.schedule.prep-send-at'),
  })
  @Omittable()
  prepSendAt?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: DURATION,
    maxItems: MAX_REMINDERS,
    example: ['P7D', 'P12D'],
    description: documented('api.docs.cycles.schedule.reminders'),
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(MAX_REMINDERS)
  @IsDuration({ each: true })
  reminders?: string[];

  @ApiPropertyOptional({ ...DURATION, example: 'P14D', description: documented('api.docs.cycles.schedule.deadline') })
  @Omittable()
  @IsDuration()
  deadline?: string;
}

/** The groups' meeting on the meeting date; each part left out gets the default (09:00, 180 minutes, no place). */
export class MeetingPlanDto {
  @ApiPropertyOptional({
    pattern: CLOCK.source,
    example: '09:00',
    description: documented('api.docs.cycles.meeting.start-time'),
  })
  @Omittable()
  @Matches(CLOCK, worded('api.field.clock'))
  startTime?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: MIN_MINUTES,
    maximum: MAX_MINUTES,
    example: 180,
    description: documented('api.docs.cycles.meeting.duration'),
  })
  @Omittable()
  @IsInt(worded('api.field.minutes.whole'))
  @Min(MIN_MINUTES, worded('api.field.minutes.at-least'))
  @Max(MAX_MINUTES, worded('api.field.minutes.at-most'))
  durationMinutes?: number;

  @TextProperty({ required: false, maxLength: MAX_TITLE, example: 'Rådhuset, mødelokale 1' })
  @Omittable()
  place?: string;
}
