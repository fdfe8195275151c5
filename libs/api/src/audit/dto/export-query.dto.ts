import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { EXPORT_FORMATS, EXPORT_STREAM_PATTERN, EXPORT_STREAM_RULE, type ExportFormat } from '@ledelsesrum/audit';
import { bothLanguages, message } from '@ledelsesrum/messages';
import { documented } from '../../common/documented';
import { Omittable } from '../../common/presence';
import { InstantProperty } from '../../common/date-properties';

/** GET /api/audit/export's query; any other parameter is refused, as every input is. */
export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: documented('api.docs.audit.export.format') })
  @Omittable()
  @IsIn(EXPORT_FORMATS, { message: '$property: jsonl eller/or csv' })
  format?: ExportFormat;

  @ApiPropertyOptional({
    pattern: EXPORT_STREAM_PATTERN.source,
    description: bothLanguages(message('api.docs.audit.export.stream', { rule: EXPORT_STREAM_RULE })),
  })
  @Omittable()
  @Matches(EXPORT_STREAM_PATTERN, { message: `$property: ${EXPORT_STREAM_RULE}` })
  stream?: string;

  @InstantProperty({ required: false, description: documented('api.docs.audit.export.from') })
  @Omittable()
  from?: string;

  @InstantProperty({ required: false, description: documented('api.docs.audit.export.before') })
  @Omittable()
  to?: string;
}
