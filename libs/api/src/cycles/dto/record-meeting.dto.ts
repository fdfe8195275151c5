import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_LIST, MAX_TEXT } from '../../common/validation';
import { InstantProperty } from '../../common/date-properties';
import { IdProperty } from '../../common/id-property';

const MAX_POINTS = 50;
const POINT = { type: 'string', minLength: 1, maxLength: MAX_TEXT } as const;

export class RecordMeetingDto {
  @InstantProperty({ example: '2027-03-11T09:00:00+01:00' })
  heldAt!: string;

  @IdProperty({ each: true, maxItems: MAX_LIST })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  attendeeIds!: string[];

  @ApiProperty({ type: 'array', items: POINT, maxItems: MAX_POINTS })
  @IsArray()
  @ArrayMaxSize(MAX_POINTS)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(MAX_TEXT, { each: true })
  keyPoints!: string[];

  @ApiProperty({ type: 'array', items: POINT, maxItems: MAX_POINTS, description: 'Input til chefgruppen' })
  @IsArray()
  @ArrayMaxSize(MAX_POINTS)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(MAX_TEXT, { each: true })
  inputToChefgruppen!: string[];
}
