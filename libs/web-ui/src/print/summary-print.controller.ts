import { Get, Inject, Param } from '@nestjs/common';
import type { EventStore } from '@ledelsesrum/event-store';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { CYCLE_READ_MODEL, EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import type { CycleSources } from '../chefgruppen/cycles/page-data';
import { Page, type PageContext } from '../common/page-context';
import { WebPages } from '../common/web-page.decorator';
import { loadPublishedSummary } from './print.controller';
import { summaryDocument } from './summary-document';
import { summaryPrintPage } from './summary-print.page';

/** The published summary as a page to print. Callers: chefgruppen. */
@WebPages('chefgruppen')
export class SummaryPrintController {
  private readonly sources: CycleSources;

  constructor(
    @Inject(CYCLE_READ_MODEL) readModel: CycleReadModel,
    @Inject(EVENT_STORE) store: EventStore,
    organisation: OrganisationService,
  ) {
    this.sources = { readModel, store, organisation };
  }

  @Get('cykler/:id/udskriv')
  @Roles('chefgruppen')
  async summary(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const file = await loadPublishedSummary(this.sources, id);
    return summaryPrintPage(context, summaryDocument(file, context.language), id);
  }
}
