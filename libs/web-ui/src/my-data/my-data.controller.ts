import { Get } from '@nestjs/common';
import { own } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { Page, type PageContext } from '../common/page-context';
import { WebPages } from '../common/web-page.decorator';
import { MY_DATA_PATH, myDataPage } from './my-data.page';

/** "Mine data": a person's own data, to download. Callers: leaders and facilitators, each for themself only. */
@WebPages(MY_DATA_PATH.slice(1))
export class MyDataController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Roles('leader', 'facilitator')
  async show(@Page() context: PageContext) {
    const { state } = await this.organisation.current();
    return myDataPage(context, own(state.people, context.actor!.id) !== undefined);
  }
}
