import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { LANGUAGES, LEADER_LEVELS, type Language, type LeaderLevel } from '@ledelsesrum/domain';
import { ID_PATTERN, MAX_TITLE } from '../../common/validation';
import { worded } from '../../common/field-message';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';

export class RenameDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(MAX_TITLE) name!: string;
}

/** Only the fields given change; `managerId: null` removes the manager, `language: null` the language (Danish). */
export class ChangePersonDto {
  @ApiPropertyOptional() @Omittable() @IsString() @MinLength(1) @MaxLength(MAX_TITLE) name?: string;
  @ApiPropertyOptional() @Omittable() @IsEmail() @MaxLength(MAX_TITLE) email?: string;
  @ApiPropertyOptional() @Omittable() @Matches(ID_PATTERN, worded('api.field.id')) areaId?: string;
  @ApiPropertyOptional({ enum: LEADER_LEVELS }) @Omittable() @IsIn(LEADER_LEVELS) level?: LeaderLevel;
  @ApiPropertyOptional() @Omittable() @IsBoolean() experienced?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: documented('api.docs.people.change.manager') })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @Matches(ID_PATTERN, worded('api.field.id'))
  managerId?: string | null;
  @ApiPropertyOptional({ enum: LANGUAGES, nullable: true, description: documented('api.docs.people.change.language') })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsIn(LANGUAGES, worded('api.field.language'))
  language?: Language | null;
}

export class PersonRefDto {
  @ApiProperty({ example: 'p-001' }) @Matches(ID_PATTERN, worded('api.field.id')) personId!: string;
}

export class FacilitatorRefDto {
  @ApiProperty({ example: 'p-001' }) @Matches(ID_PATTERN, worded('api.field.id')) facilitatorId!: string;
}

export class AtQueryDto {
  @ApiPropertyOptional({ description: documented('api.docs.common.moment') })
  @Omittable()
  @IsISO8601({ strict: true })
  at?: string;
}

export class ReasonDto {
  @ApiProperty({ example: documented('api.docs.people.leave.reason-example') })
  @IsString()
  @MinLength(1)
  @MaxLength(2_000)
  reason!: string;
}
