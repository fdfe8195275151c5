import { Controller, Get, Inject, Logger, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import type { EventStore } from '@ledelsesrum/event-store';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { publicationTimeline } from '@ledelsesrum/audit';
import { sendExport } from '@ledelsesrum/api/audit';
import { Roles, SessionRoutes } from '@ledelsesrum/api/auth';
import { CYCLE_READ_MODEL, EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { Page, type PageContext } from '../common/page-context';
import { setPageHeaders, type PageResponse } from '../common/page-headers';
import { WebExceptionFilter } from '../common/web-exception.filter';
import { EXPORT_PATH } from './export-links';
import { readExportQuery } from './read-export-query';
import { revisionOverviewPage } from './revision-overview.page';

/**
 * The export as a download from the pages: the very stream GET /api/audit/export writes, behind the auditor's session
 * rather than a bearer token. Not under @WebPages, whose interceptor would make every answer an HTML page: this one
 * has the session check (@SessionRoutes) and the error pages (not signed in → /log-ind, wrong role → 403) without it.
 * A form with errors is shown again as the audit page (400). Callers: auditors.
 */
@Controller(EXPORT_PATH.slice(1))
@ApiExcludeController()
@SessionRoutes()
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
      const publication = await publicationTimeline(this.store);
      response.end(revisionOverviewPage(context, this.readModel.list(), choice.form, publication).value);
      return;
    }
    const { format, selection } = choice.value;
    response.setHeader('Referrer-Policy', 'no-referrer');
    await sendExport(this.store, response, format, selection, this.logger);
  }
}
