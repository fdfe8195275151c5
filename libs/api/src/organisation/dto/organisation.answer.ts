import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ERASED,
  LANGUAGES,
  LEADER_LEVELS,
  PERSON_FIELDS,
  type Language,
  type LeaderLevel,
  type PersonField,
} from '@ledelsesrum/domain';
import { documented } from '../../common/documented';
import type { PlainOrganisation, PlainPerson } from '../plain-organisation';

export class AreaAnswerDto {
  @ApiProperty({ example: 'social' }) readonly id!: string;
  @ApiProperty({ example: 'Social og Sundhed' }) readonly name!: string;
}

export class GroupAnswerDto {
  @ApiProperty({ example: 'g-01' }) readonly id!: string;
  @ApiProperty({ example: 'Gruppe 1' }) readonly name!: string;
  @ApiProperty({ example: 'p-001' }) readonly facilitatorId!: string;
  @ApiProperty({ type: [String], description: documented('api.docs.organisation.group.members') })
  readonly memberIds!: readonly string[];
}

/** A person as the organisation lists them: name and e-mail in plain text, or as erased. */
export class PersonAnswerDto implements PlainPerson {
  @ApiProperty({ example: 'p-001' }) readonly id!: string;
  @ApiProperty({ example: 'Mette Jensen', description: `${ERASED}: ${documented('api.docs.people.erased')}` })
  readonly name!: string;
  @ApiProperty({
    example: 'mette.jensen@kommune.dk',
    description: `${ERASED}: ${documented('api.docs.people.erased')}`,
  })
  readonly email!: string;
  @ApiProperty({ example: 'social' }) readonly areaId!: string;
  @ApiProperty({ enum: LEADER_LEVELS }) readonly level!: LeaderLevel;
  @ApiProperty() readonly experienced!: boolean;
  @ApiPropertyOptional({ example: 'p-000', description: documented('api.docs.organisation.person.manager') })
  readonly managerId?: string;
  @ApiPropertyOptional({ enum: LANGUAGES, description: documented('api.docs.organisation.person.language') })
  readonly language?: Language;
  @ApiPropertyOptional({
    example: 'Børnehuset Solsikken',
    description: documented('api.docs.organisation.person.workplace'),
  })
  readonly workplace?: string;
  @ApiPropertyOptional({
    format: 'email',
    example: 'personale.solsikken@kommune.dk',
    description: documented('api.docs.organisation.person.staff-address'),
  })
  readonly staffAddress?: string;
}

/** A stored value of a person that the rules refuse (recorded before they were checked), and what to do about it. */
export class PersonCorrectionDto {
  @ApiProperty({ example: 'p-001' }) readonly personId!: string;
  @ApiProperty({ enum: PERSON_FIELDS }) readonly field!: PersonField;
  @ApiProperty({
    example:
      'Niveau mangler for Mette Jensen — ret det under personen / Level missing for Mette Jensen — correct it on the person',
  })
  readonly message!: string;
}

/** The organisation: its areas, its active people and its groups; what `PUT /api/organisation` takes back. */
export class OrganisationAnswerDto implements PlainOrganisation {
  @ApiProperty({ type: [AreaAnswerDto] }) readonly areas!: readonly AreaAnswerDto[];
  @ApiProperty({ type: [PersonAnswerDto] }) readonly people!: readonly PersonAnswerDto[];
  @ApiProperty({ type: [GroupAnswerDto] }) readonly groups!: readonly GroupAnswerDto[];
  @ApiPropertyOptional({ type: [PersonCorrectionDto], description: documented('api.docs.organisation.problems') })
  readonly problems?: readonly PersonCorrectionDto[];
}

/** What an import changed: the number of events it recorded (0 for a file that changes nothing), and the result. */
export class ImportReportDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: documented('api.docs.organisation.import.changes') })
  readonly changes!: number;
  @ApiProperty({ type: OrganisationAnswerDto }) readonly organisation!: OrganisationAnswerDto;
}
