import { Controller, Get, Inject, NotFoundException, Param, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import type { EventStore } from '@ledelsesrum/event-store';
import { message, refusal } from '@ledelsesrum/messages';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles, SessionRoutes } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { CYCLE_READ_MODEL, EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import type { CycleSources } from '../chefgruppen/cycles/page-data';
import { Page, type PageContext } from '../common/page-context';
import { WebExceptionFilter } from '../common/web-exception.filter';
import type { CycleFile } from './cycle-file';
import { loadCycleFile } from './load-cycle-file';
import { attachment, pdfFileName } from './pdf-file-name';
import type { PrintDocument } from './print-document';
import { recordDocument } from './record-document';
import { renderPdf } from './render-pdf';
import { summaryDocument } from './summary-document';

/**
 * A round's documents as PDF/A downloads, in the reader's language: the summary for chefgruppen, the record for
 * chefgruppen and the auditor (who may read the round's whole history). Not under @WebPages, whose interceptor makes
 * every answer an HTML page: the session check and the error pages (not signed in → /log-ind, wrong role → 403, no
 * such round → 404) are applied here without it.
 */
@Controller()
@ApiExcludeController()
@SessionRoutes()
@UseFilters(WebExceptionFilter)
export class PrintDownloadsController {
  private readonly sources: CycleSources;

  constructor(
    @Inject(CYCLE_READ_MODEL) readModel: CycleReadModel,
    @Inject(EVENT_STORE) store: EventStore,
    organisation: OrganisationService,
  ) {
    this.sources = { readModel, store, organisation };
  }

  /** The published summary; 404 before it is published. Callers: chefgruppen. */
  @Get('chefgruppen/cykler/:id/opsamling.pdf')
  @Roles('chefgruppen')
  async summary(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Res() response: ServerResponse,
  ): Promise<void> {
    const file = await loadPublishedSummary(this.sources, id);
    await sendPdf(
      response,
      summaryDocument(file, context.language),
      pdfFileName('opsamling', file.state.theme, file.state.meetingDate),
    );
  }

  /** The round's record, at any stage. Callers: auditors and chefgruppen. */
  @Get('revision/cykler/:id/forloeb.pdf')
  @Roles('auditor', 'chefgruppen')
  async record(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Res() response: ServerResponse,
  ): Promise<void> {
    const file = await loadCycleFile(this.sources, id);
    await sendPdf(
      response,
      recordDocument(file, context.language),
      pdfFileName('forloeb', file.state.theme, file.state.meetingDate),
    );
  }
}

/** The round, once its summary is published; before that there is no summary to file (404). */
export async function loadPublishedSummary(sources: CycleSources, id: string): Promise<CycleFile> {
  const file = await loadCycleFile(sources, id);
  if (!file.state.summary)
    throw refusal(message('web.print.no-summary-yet', { id }), (line) => new NotFoundException(line));
  return file;
}

async function sendPdf(response: ServerResponse, document: PrintDocument, fileName: string): Promise<void> {
  const pdf = await renderPdf(document, new Date());
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Disposition', attachment(fileName));
  response.setHeader('Content-Length', pdf.length);
  // Names and what the groups said: not for shared caches, nor kept by the browser after the download.
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(pdf);
}
