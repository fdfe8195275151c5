import { ApiProperty } from '@nestjs/swagger';
import { PERSON_FIELDS, type PersonField } from '@ledelsesrum/domain';
import { documented } from '../../common/documented';

/** A person the import names, with their name (from the file, or as stored for someone leaving). */
export class PreviewPersonDto {
  @ApiProperty({ example: 'p-001' }) readonly id!: string;
  @ApiProperty({ example: 'Mette Jensen' }) readonly name!: string;
}

/** A person who stays, with the fields the file gives a new value. */
export class PreviewChangedPersonDto extends PreviewPersonDto {
  @ApiProperty({ enum: PERSON_FIELDS, isArray: true }) readonly fields!: readonly PersonField[];
}

/** The groups the import creates, changes (name, members, facilitator) and dissolves, by id. */
export class PreviewGroupsDto {
  @ApiProperty({ type: [String] }) readonly created!: readonly string[];
  @ApiProperty({ type: [String] }) readonly changed!: readonly string[];
  @ApiProperty({ type: [String] }) readonly dissolved!: readonly string[];
}

/** A group that would hold a manager and some of their own direct reports. */
export class PreviewManagerWithReportsDto {
  @ApiProperty({ example: 'g-1' }) readonly groupId!: string;
  @ApiProperty({ example: 'p-000' }) readonly managerId!: string;
  @ApiProperty({ type: [String] }) readonly reportIds!: readonly string[];
}

/** What importing the file would change now; nothing is recorded. */
export class ImportPreviewAnswerDto {
  @ApiProperty({ type: 'integer', minimum: -1, description: documented('api.docs.organisation.preview.version') })
  readonly version!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: documented('api.docs.organisation.preview.changes') })
  readonly changes!: number;
  @ApiProperty({ type: [PreviewPersonDto] }) readonly added!: readonly PreviewPersonDto[];
  @ApiProperty({ type: [PreviewChangedPersonDto] }) readonly changed!: readonly PreviewChangedPersonDto[];
  @ApiProperty({ type: [PreviewPersonDto] }) readonly leaving!: readonly PreviewPersonDto[];
  @ApiProperty({ type: PreviewGroupsDto }) readonly groups!: PreviewGroupsDto;
  @ApiProperty({ type: [PreviewManagerWithReportsDto] })
  readonly managersWithReports!: readonly PreviewManagerWithReportsDto[];
}
