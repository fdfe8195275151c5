import { Get, Query } from '@nestjs/common';
import { Roles } from '@ledelsesrum/api/auth';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { Page, type PageContext } from '../../common/page-context';
import { WebPages } from '../../common/web-page.decorator';
import { overviewNotice } from './notices';
import { organisationOverviewPage } from './overview.page';
import { readOrganisationView, spreadOf } from './view';

/**
 * Chefgruppen's view of the organisation, `GET /chefgruppen/organisation`: what `GET /api/organisation` holds, with
 * each group's spread as the composition scores it. Callers: chefgruppen only (the page holds names and e-mails).
 */
@WebPages('chefgruppen/organisation')
export class OrganisationReadsController {
  constructor(private readonly organisation: OrganisationService) {}

  /** `?besked=` or `?indlaest=` say what the change that led here did (see notices.ts). */
  @Get()
  @Roles('chefgruppen')
  async overview(@Page() context: PageContext, @Query('besked') besked?: string, @Query('indlaest') indlaest?: string) {
    const view = await readOrganisationView(this.organisation);
    return organisationOverviewPage(context, view, spreadOf(view), overviewNotice({ besked, indlaest }));
  }
}
