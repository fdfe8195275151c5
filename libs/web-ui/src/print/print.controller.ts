import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import { Roles, SessionRoutes } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { Page, type PageContext } from '../common/page-context';
import { WebExceptionFilter } from '../common/web-exception.filter';
import { CycleFiles } from './cycle-files';
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
  constructor(private readonly files: CycleFiles) {}

  /** The published summary; 404 before it is published. Callers: chefgruppen. */
  @Get('chefgruppen/cykler/:id/opsamling.pdf')
  @Roles('chefgruppen')
  async summary(
    @Page() context: PageContext,
    @Param('id', ParseIdPipe) id: string,
    @Res() response: ServerResponse,
  ): Promise<void> {
    const file = await this.files.loadPublished(id);
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
    const file = await this.files.load(id);
    await sendPdf(
      response,
      recordDocument(file, context.language),
      pdfFileName('forloeb', file.state.theme, file.state.meetingDate),
    );
  }
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
