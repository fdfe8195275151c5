import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsISO8601, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ID_PATTERN, MAX_LIST, MAX_TEXT } from '../../common/validation';
import { worded } from '../../common/field-message';

export class RecordMeetingDto {
  @ApiProperty({ example: '2027-03-11T09:00:00+01:00' })
  @IsISO8601({ strict: true })
  heldAt!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @Matches(ID_PATTERN, { each: true, ...worded('api.field.id') })
  attendeeIds!: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(MAX_TEXT, { each: true })
  keyPoints!: string[];

  @ApiProperty({ type: [String], description: 'Input til chefgruppen' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(MAX_TEXT, { each: true })
  inputToChefgruppen!: string[];
}
