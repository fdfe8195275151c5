import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, MaxLength, Min } from 'class-validator';
import { LANGUAGES, LEADER_LEVELS, type Language, type LeaderLevel } from '@ledelsesrum/domain';
import { MAX_TITLE } from '../../common/validation';
import { worded } from '../../common/field-message';
import { InstantProperty } from '../../common/date-properties';
import { Omittable } from '../../common/presence';
import { documented } from '../../common/documented';
import { PresentProperty } from '../../common/present-property';
import { IdProperty } from '../../common/id-property';
import { TextProperty } from '../../common/text-property';

export class RenameDto {
  @TextProperty({ example: 'Social og Sundhed' }) name!: string;
}

/**
 * Only the fields given change; `managerId: null` removes the manager, `language: null` the language (Danish),
 * `workplace: null` and `staffAddress: null` the workplace and the staff address.
 */
export class ChangePersonDto {
  @TextProperty({ presence: 'omittable', example: 'Mette Jensen' }) name?: string;
  @PresentProperty('omittable', { type: String, format: 'email', maxLength: MAX_TITLE })
  @IsEmail()
  @MaxLength(MAX_TITLE)
  email?: string;
  @IdProperty({ presence: 'omittable', example: 'social' }) areaId?: string;
  @PresentProperty('omittable', { enum: LEADER_LEVELS }) @IsIn(LEADER_LEVELS) level?: LeaderLevel;
  @PresentProperty('omittable', { type: Boolean }) @IsBoolean() experienced?: boolean;
  @IdProperty({ presence: 'nullable', example: 'p-000', description: documented('api.docs.people.change.manager') })
  managerId?: string | null;
  @PresentProperty('nullable', { enum: LANGUAGES, description: documented('api.docs.people.change.language') })
  @IsIn(LANGUAGES, worded('api.field.language'))
  language?: Language | null;
  @TextProperty({
    presence: 'nullable',
    example: 'Børnehuset Solsikken',
    description: documented('api.docs.people.change.workplace'),
  })
  workplace?: string | null;
  @PresentProperty('nullable', {
    type: String,
    format: 'email',
    maxLength: MAX_TITLE,
    description: documented('api.docs.people.change.staff-address'),
  })
  @IsEmail()
  @MaxLength(MAX_TITLE)
  staffAddress?: string | null;
}

export class PersonRefDto {
  @IdProperty({ example: 'p-001' }) personId!: string;
}

export class FacilitatorRefDto {
  @IdProperty({ example: 'p-001' }) facilitatorId!: string;
}

/** The organisation as it was at a moment: an instant with its offset, within the years the API takes. */
export class AtQueryDto {
  @InstantProperty({ required: false, description: documented('api.docs.common.moment') })
  @Omittable()
  at?: string;
}

export class ReasonDto {
  @TextProperty({ maxLength: 2_000, example: documented('api.docs.people.leave.reason-example') }) reason!: string;
}

/** An import onto the organisation as its preview saw it: a change recorded since then is a conflict (409). */
export class ImportQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: -1,
    description: documented('api.docs.organisation.import.version'),
  })
  @Omittable()
  // An empty `?version=` must fail, not read as 0.
  @Transform(({ value }) => (value === '' ? Number.NaN : Number(value)))
  @IsInt()
  @Min(-1)
  version?: number;
}
