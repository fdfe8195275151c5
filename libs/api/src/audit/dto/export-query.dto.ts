import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import {
  EXPORT_FORMATS,
  EXPORT_STREAM_PATTERN,
  EXPORT_STREAM_RULE,
  INSTANT_PATTERN,
  type ExportFormat,
} from '@ledelsesrum/audit';
import { bothLanguages, message } from '@ledelsesrum/messages';
import { documented } from '../../common/documented';
import { worded } from '../../common/field-message';
import { Omittable } from '../../common/presence';

/** GET /api/audit/export's query; any other parameter is refused, as every input is. */
export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: documented('api.docs.audit.export.format') })
  @Omittable()
  @IsIn(EXPORT_FORMATS, { message: '$property: jsonl eller/or csv' })
  format?: ExportFormat;

  @ApiPropertyOptional({
    description: bothLanguages(message('api.docs.audit.export.stream', { rule: EXPORT_STREAM_RULE })),
  })
  @Omittable()
  @Matches(EXPORT_STREAM_PATTERN, { message: `$property: ${EXPORT_STREAM_RULE}` })
  stream?: string;

  @ApiPropertyOptional({ description: documented('api.docs.audit.export.from') })
  @Omittable()
  @Matches(INSTANT_PATTERN, worded('api.field.instant-with-zone'))
  from?: string;

  @ApiPropertyOptional({ description: documented('api.docs.audit.export.before') })
  @Omittable()
  @Matches(INSTANT_PATTERN, worded('api.field.instant-with-zone'))
  to?: string;
}
