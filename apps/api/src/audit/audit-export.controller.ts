import { BadRequestException, Controller, Get, Inject, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import {
  INSTANT_RULE,
  exportEvents,
  parseInstant,
  selectionProblem,
  type ExportFormat,
  type ExportSelection,
} from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';
import { Roles } from '../auth/roles.decorator';
import { EVENT_STORE } from '../tokens';
import { ExportQueryDto } from './dto/export-query.dto';

const CONTENT_TYPE: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The auditor's export: every event (or one stream, or a time window) streamed as it is read, with its hashes. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditExportController {
  private readonly logger = new Logger('audit-export');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('export')
  @Roles('auditor')
  @ApiProduces(CONTENT_TYPE.jsonl, CONTENT_TYPE.csv)
  @ApiOperation({
    summary:
      'Hændelserne som JSON Lines eller CSV, med hashes / The events as JSON Lines or CSV, with their hashes (auditor)',
  })
  async export(@Query() query: ExportQueryDto, @Res() response: ServerResponse): Promise<void> {
    const format = query.format ?? 'jsonl';
    const selection = toSelection(query);
    response.statusCode = 200;
    response.setHeader('Content-Type', CONTENT_TYPE[format]);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName(selection, format)}"`);
    response.setHeader('Cache-Control', 'no-store');
    try {
      // Written page by page as the client takes it: the response never holds the store.
      await exportEvents(this.store, response, { format, ...selection });
      response.end();
    } catch (error) {
      // The status line is long gone: cutting the connection is the only way left to say the export is incomplete.
      this.logger.warn(`Eksporten blev afbrudt / The export was cut short: ${String(error)}`);
      response.destroy();
    }
  }
}

/** Checked before the first byte, so that a bad query still gets a proper 400. */
function toSelection(query: ExportQueryDto): ExportSelection {
  const instant = (name: 'from' | 'to'): Date | undefined => {
    const text = query[name];
    if (text === undefined) return undefined;
    const at = parseInstant(text);
    if (!at) throw new BadRequestException([`${name}: ${INSTANT_RULE}`]);
    return at;
  };
  const selection: ExportSelection = {
    ...(query.stream !== undefined ? { stream: query.stream } : {}),
    ...(query.from !== undefined ? { from: instant('from') } : {}),
    ...(query.to !== undefined ? { to: instant('to') } : {}),
  };
  const problem = selectionProblem(selection);
  if (problem) throw new BadRequestException([problem]);
  return selection;
}

/** `ledelsesrum-events[-<stream>]-<UTC time>.<format>`, in characters every file system takes. */
function fileName(selection: ExportSelection, format: ExportFormat): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const stream = selection.stream ? `-${selection.stream.replace(/[^A-Za-z0-9._-]/g, '_')}` : '';
  return `ledelsesrum-events${stream}-${stamp}.${format}`;
}
