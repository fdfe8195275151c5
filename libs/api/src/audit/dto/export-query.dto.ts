import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  EXPORT_FORMATS,
  EXPORT_STREAM_PATTERN,
  EXPORT_STREAM_RULE,
  INSTANT_PATTERN,
  INSTANT_RULE,
  type ExportFormat,
} from '@ledelsesrum/audit';

/** GET /api/audit/export's query; any other parameter is refused, as every input is. */
export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'Standard / Default: jsonl' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: '$property: jsonl eller/or csv' })
  format?: ExportFormat;

  @ApiPropertyOptional({ description: `Én strøm / One stream: ${EXPORT_STREAM_RULE}` })
  @IsOptional()
  @Matches(EXPORT_STREAM_PATTERN, { message: `$property: ${EXPORT_STREAM_RULE}` })
  stream?: string;

  @ApiPropertyOptional({ description: 'Registreret fra og med / Recorded at or after (ISO-8601 with a zone)' })
  @IsOptional()
  @Matches(INSTANT_PATTERN, { message: `$property: ${INSTANT_RULE}` })
  from?: string;

  @ApiPropertyOptional({ description: 'Registreret før / Recorded before (ISO-8601 with a zone)' })
  @IsOptional()
  @Matches(INSTANT_PATTERN, { message: `$property: ${INSTANT_RULE}` })
  to?: string;
}
