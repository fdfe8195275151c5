import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ERASED, LANGUAGES, LEADER_LEVELS, type Language, type LeaderLevel } from '@ledelsesrum/domain';
import { ID_PATTERN, MAX_LIST, MAX_TITLE } from '../../common/validation';
import { worded } from '../../common/field-message';
import { documented } from '../../common/documented';
import { PresentProperty } from '../../common/present-property';
import { IdProperty } from '../../common/id-property';
import { TextProperty } from '../../common/text-property';
import { IsEmailOrErased } from './is-email-or-erased';

export class AreaDto {
  @IdProperty({ example: 'social' }) id!: string;
  @TextProperty({ example: 'Social og Sundhed' }) name!: string;
}

export class PersonDto {
  @IdProperty({ example: 'p-001' }) id!: string;
  @TextProperty({ example: 'Mette Jensen' }) name!: string;
  @ApiProperty({
    type: 'string',
    maxLength: MAX_TITLE,
    oneOf: [
      { type: 'string', format: 'email' },
      { type: 'string', enum: [ERASED] },
    ],
    example: 'mette.jensen@kommune.dk',
    description: documented('api.docs.organisation.person.email'),
  })
  @IsEmailOrErased()
  @MaxLength(MAX_TITLE)
  email!: string;
  @IdProperty({ example: 'social' }) areaId!: string;
  @ApiProperty({ enum: LEADER_LEVELS }) @IsIn(LEADER_LEVELS) level!: LeaderLevel;
  @ApiProperty() @IsBoolean() experienced!: boolean;
  @IdProperty({
    presence: 'omittable',
    example: 'p-000',
    description: documented('api.docs.organisation.person.manager'),
  })
  managerId?: string;
  @PresentProperty('omittable', { enum: LANGUAGES, description: documented('api.docs.organisation.person.language') })
  @IsIn(LANGUAGES, worded('api.field.language'))
  language?: Language;
  @TextProperty({
    presence: 'omittable',
    example: 'Børnehuset Solsikken',
    description: documented('api.docs.organisation.person.workplace'),
  })
  workplace?: string;
  @PresentProperty('omittable', {
    type: String,
    format: 'email',
    maxLength: MAX_TITLE,
    example: 'personale.solsikken@kommune.dk',
    description: documented('api.docs.organisation.person.staff-address'),
  })
  @IsEmail()
  @MaxLength(MAX_TITLE)
  staffAddress?: string;
}

export class GroupDto {
  @IdProperty({ example: 'g-01' }) id!: string;
  @TextProperty({ example: 'Gruppe 1' }) name!: string;
  @IdProperty({ example: 'p-001' }) facilitatorId!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'string', pattern: ID_PATTERN.source },
    maxItems: MAX_LIST,
    example: ['p-001', 'p-002'],
  })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @Matches(ID_PATTERN, { each: true, ...worded('api.field.id') })
  memberIds!: string[];
}

export class PutOrganisationDto {
  @ApiProperty({ type: [AreaDto], maxItems: MAX_LIST })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => AreaDto)
  areas!: AreaDto[];

  @ApiProperty({ type: [PersonDto], maxItems: MAX_LIST })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => PersonDto)
  people!: PersonDto[];

  @ApiProperty({ type: [GroupDto], maxItems: MAX_LIST })
  @IsArray()
  @ArrayMaxSize(MAX_LIST)
  @ValidateNested({ each: true })
  @Type(() => GroupDto)
  groups!: GroupDto[];
}
