import { Controller, Get, Inject, Logger, Query, Res, SetMetadata, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { exportEvents, type ExportFormat, type ExportSelection } from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '../../auth/roles.decorator';
import { CYCLE_READ_MODEL, EVENT_STORE } from '../../tokens';
import { Page, type PageContext } from '../common/page-context';
import { setPageHeaders, type PageResponse } from '../common/page-headers';
import { WEB_PAGE_KEY } from '../common/web-page.decorator';
import { WebExceptionFilter } from '../common/web-exception.filter';
import { EXPORT_PATH } from './export-links';
import { readExportQuery } from './read-export-query';
import { revisionOverviewPage } from './revision-overview.page';

const CONTENT_TYPE: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** `ledelsesrum-events[-<stream>]-<UTC time>.<format>`, named as GET /api/audit/export names it. */
function fileName(selection: ExportSelection, format: ExportFormat): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const stream = selection.stream ? `-${selection.stream.replace(/[^A-Za-z0-9._-]/g, '_')}` : '';
  return `ledelsesrum-events${stream}-${stamp}.${format}`;
}

/**
 * The export as a download from the pages: the very stream GET /api/audit/export writes, behind the auditor's session
 * rather than a bearer token. Not under @WebPages, whose interceptor would make every answer an HTML page: this one
 * has the session check (WEB_PAGE_KEY) and the error pages (not signed in → /log-ind, wrong role → 403) without it.
 * A form with errors is shown again as the audit page (400). Callers: auditors.
 */
@Controller(EXPORT_PATH.slice(1))
@ApiExcludeController()
@SetMetadata(WEB_PAGE_KEY, true)
@UseFilters(WebExceptionFilter)
export class ExportDownloadController {
  private readonly logger = new Logger('web-export');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
  ) {}

  @Get()
  @Roles('auditor')
  async download(
    @Page() context: PageContext,
    @Query() query: Record<string, unknown>,
    @Res() response: ServerResponse & PageResponse,
  ): Promise<void> {
    const choice = await readExportQuery(query);
    if ('form' in choice) {
      setPageHeaders(response);
      response.statusCode = 400;
      response.end(revisionOverviewPage(context, this.readModel.list(), choice.form).value);
      return;
    }
    const { format, selection } = choice.value;
    response.statusCode = 200;
    response.setHeader('Content-Type', CONTENT_TYPE[format]);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName(selection, format)}"`);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    try {
      // Written page by page as the browser takes it, as the API does: the response never holds the store.
      await exportEvents(this.store, response, { format, ...selection });
      response.end();
    } catch (error) {
      // The status line is sent: cutting the connection is the only way left to say the file is incomplete.
      this.logger.warn(`Eksporten blev afbrudt / The export was cut short: ${String(error)}`);
      response.destroy();
    }
  }
}
