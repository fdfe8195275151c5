import { Get, Param } from '@nestjs/common';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { Page, type PageContext } from '../common/page-context';
import { WebPages } from '../common/web-page.decorator';
import { CycleFiles } from './cycle-files';
import { summaryDocument } from './summary-document';
import { summaryPrintPage } from './summary-print.page';

/** The published summary as a page to print. Callers: chefgruppen. */
@WebPages('chefgruppen')
export class SummaryPrintController {
  constructor(private readonly files: CycleFiles) {}

  @Get('cykler/:id/udskriv')
  @Roles('chefgruppen')
  async summary(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const file = await this.files.loadPublished(id);
    return summaryPrintPage(context, summaryDocument(file, context.language), id);
  }
}
