import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LANGUAGES, LEADER_LEVELS, type Language, type LeaderLevel } from '@ledelsesrum/domain';
import { ERASED } from '@ledelsesrum/domain';
import { ID_PATTERN, MAX_LIST, MAX_TITLE } from '../../common/validation';
import { worded } from '../../common/field-message';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';

export class AreaDto {
  @ApiProperty({ example: 'social' }) @Matches(ID_PATTERN, worded('api.field.id')) id!: string;
  @ApiProperty({ example: 'Social og Sundhed' }) @IsString() @MinLength(1) @MaxLength(MAX_TITLE) name!: string;
}

export class PersonDto {
  @ApiProperty({ example: 'p-001' }) @Matches(ID_PATTERN, worded('api.field.id')) id!: string;
  @ApiProperty({ example: 'Mette Jensen' }) @IsString() @MinLength(1) @MaxLength(MAX_TITLE) name!: string;
  @ApiProperty({ example: 'mette.jensen@kommune.dk', description: `Or "${ERASED}" for an erased person` })
  // An erased person reads back with ERASED as e-mail; a GET sent back as a PUT must be accepted.
  @ValidateIf((_person, value) => value !== ERASED)
  @IsEmail()
  @MaxLength(MAX_TITLE)
  email!: string;
  @ApiProperty({ example: 'social' }) @Matches(ID_PATTERN, worded('api.field.id')) areaId!: string;
  @ApiProperty({ enum: LEADER_LEVELS }) @IsIn(LEADER_LEVELS) level!: LeaderLevel;
  @ApiProperty() @IsBoolean() experienced!: boolean;
  @ApiPropertyOptional({ example: 'p-000', description: documented('api.docs.organisation.person.manager') })
  @Omittable()
  @Matches(ID_PATTERN, worded('api.field.id'))
  managerId?: string;
  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: documented('api.docs.organisation.person.language'),
  })
  @Omittable()
  @IsIn(LANGUAGES, worded('api.field.language'))
  language?: Language;
}

export class GroupDto {
  @ApiProperty({ example: 'g-01' }) @Matches(ID_PATTERN, worded('api.field.id')) id!: string;
  @ApiProperty({ example: 'Gruppe 1' }) @IsString() @MinLength(1) @MaxLength(MAX_TITLE) name!: string;
  @ApiProperty({ example: 'p-001' }) @Matches(ID_PATTERN, worded('api.field.id')) facilitatorId!: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @Matches(ID_PATTERN, { each: true, ...worded('api.field.id') })
  memberIds!: string[];
}

export class PutOrganisationDto {
  @ApiProperty({ type: [AreaDto] })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => AreaDto)
  areas!: AreaDto[];

  @ApiProperty({ type: [PersonDto] })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => PersonDto)
  people!: PersonDto[];

  @ApiProperty({ type: [GroupDto] })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => GroupDto)
  groups!: GroupDto[];
}
