import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CycleAnswerDto } from './cycle.answer';

export class MeetingPlanAnswerDto {
  @ApiProperty({ example: '09:00' }) readonly startTime!: string;
  @ApiProperty({ type: 'integer' }) readonly durationMinutes!: number;
  @ApiPropertyOptional() readonly place?: string;
}

export class ScheduleAnswerDto {
  @ApiProperty({ format: 'date-time' }) readonly prepSendAt!: string;
  @ApiProperty({ type: [String], example: ['P7D', 'P12D'] }) readonly reminders!: readonly string[];
  @ApiProperty({ example: 'P14D' }) readonly deadline!: string;
}

/** The rounds the cycle sends by itself that are done: each as the moment it was, reminders as a count. */
export class NoticesAnswerDto {
  @ApiPropertyOptional({ format: 'date-time' }) readonly prep?: string;
  @ApiPropertyOptional({ format: 'date-time' }) readonly summary?: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly reminders!: number;
  @ApiPropertyOptional({ format: 'date-time' }) readonly escalation?: string;
  @ApiPropertyOptional({ format: 'date-time' }) readonly statusReport?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Errata rounds sent, one per agenda correction' })
  readonly errata?: number;
  @ApiPropertyOptional({ format: 'date-time' }) readonly cancellation?: string;
}

export class ClosedAnswerDto {
  @ApiProperty() readonly reason!: string;
  @ApiProperty({ type: [String] }) readonly exceptionIds!: readonly string[];
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

export class CancelledAnswerDto {
  @ApiProperty() readonly reason!: string;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

/** One cycle as `GET /api/cycles/{id}` shows it: the view plus what chefgruppen steers by. */
export class CycleDetailsAnswerDto extends CycleAnswerDto {
  @ApiProperty({ type: MeetingPlanAnswerDto }) readonly meeting!: MeetingPlanAnswerDto;
  @ApiProperty({ type: ScheduleAnswerDto }) readonly schedule!: ScheduleAnswerDto;
  @ApiProperty({ type: NoticesAnswerDto }) readonly notices!: NoticesAnswerDto;
  @ApiPropertyOptional({ type: ClosedAnswerDto }) readonly closed?: ClosedAnswerDto;
  @ApiPropertyOptional({ type: CancelledAnswerDto }) readonly cancelled?: CancelledAnswerDto;
}
