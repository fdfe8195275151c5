import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PersonAnswerDto } from '../../organisation/dto/organisation.answer';
import { documented } from '../../common/documented';
import type { ExportedEvent, PersonalDataExport } from '../personal-data.service';

/** A person with when they left and when their personal data was erased, where that happened. */
export class PersonRecordAnswerDto extends PersonAnswerDto {
  @ApiPropertyOptional({ format: 'date-time' }) readonly leftAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) readonly personalDataErasedAt?: string;
}

/** An event that concerns the person, with their own personal data decrypted. */
export class ExportedEventDto implements ExportedEvent {
  @ApiProperty({ example: 'organisation' }) readonly stream!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly revision!: number;
  @ApiProperty({ example: 'PersonAdded' }) readonly type!: string;
  @ApiProperty({ format: 'date-time' }) readonly recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) readonly actorId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: documented('api.docs.people.export.data') })
  readonly data!: unknown;
}

/** Everything the system holds about a person (the right of access). */
export class PersonalDataExportDto implements PersonalDataExport {
  @ApiProperty({ type: PersonRecordAnswerDto }) readonly person!: PersonRecordAnswerDto;
  @ApiProperty({ type: [String] }) readonly groupIds!: readonly string[];
  @ApiProperty({ type: [ExportedEventDto] }) readonly events!: readonly ExportedEventDto[];
}
