import { BadRequestException, Controller, Get, Inject, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { parseInstant, selectionProblem, type ExportSelection } from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';
import { Roles } from '../auth/roles.decorator';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ExportQueryDto } from './dto/export-query.dto';
import { EXPORT_CONTENT_TYPE, sendExport } from './send-export';
import { documented } from '../common/documented';
import { fieldMessage } from '../common/field-message';
import { conflictingParameters } from '../common/conflicting-parameters';
import { ApiErrors } from '../common/api-errors.decorator';
import { message } from '@ledelsesrum/messages';

/** The auditor's export: every event (or one stream, or a time window) streamed as it is read, with its hashes. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditExportController {
  private readonly logger = new Logger('audit-export');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('export')
  @Roles('auditor')
  @ApiOperation({ operationId: 'exportAudit', summary: documented('api.docs.audit.export.summary') })
  // A download, one event a line (JSON Lines) or a row (CSV), streamed as it is read.
  @ApiOkResponse({
    description: documented('api.docs.audit.export.summary'),
    content: {
      [EXPORT_CONTENT_TYPE.jsonl]: { schema: { type: 'string' } },
      [EXPORT_CONTENT_TYPE.csv]: { schema: { type: 'string' } },
    },
  })
  // 422: a window whose end is not after its start.
  @ApiErrors(422)
  async export(@Query() query: ExportQueryDto, @Res() response: ServerResponse): Promise<void> {
    const format = query.format ?? 'jsonl';
    const selection = toSelection(query);
    await sendExport(this.store, response, format, selection, this.logger);
  }
}

/** Checked before the first byte, so that a bad query still gets a proper 400. */
function toSelection(query: ExportQueryDto): ExportSelection {
  const instant = (name: 'from' | 'to'): Date | undefined => {
    const text = query[name];
    if (text === undefined) return undefined;
    const at = parseInstant(text);
    if (!at) throw new BadRequestException([fieldMessage(name, 'api.field.instant-with-zone')]);
    return at;
  };
  const selection: ExportSelection = {
    ...(query.stream !== undefined ? { stream: query.stream } : {}),
    ...(query.from !== undefined ? { from: instant('from') } : {}),
    ...(query.to !== undefined ? { to: instant('to') } : {}),
  };
  if (selection.from && selection.to && selection.to.getTime() <= selection.from.getTime()) {
    throw conflictingParameters(message('api.audit.export.to-after-from'));
  }
  const problem = selectionProblem(selection);
  if (problem) throw new BadRequestException([problem]);
  return selection;
}
