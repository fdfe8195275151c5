import { Get, Inject } from '@nestjs/common';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { CYCLE_READ_MODEL } from '@ledelsesrum/api/infrastructure';
import { Page, type PageContext } from '../common/page-context';
import { WebPages } from '../common/web-page.decorator';
import { cyclesOf } from './leader-cycles';
import { leaderOverviewPage } from './leader-overview.page';

/** The leader's start page, `GET /leder`: the rounds they take part in. Callers: leaders (their own rounds only). */
@WebPages('leder')
export class LeaderOverviewController {
  constructor(@Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel) {}

  @Get()
  @Roles('leader')
  overview(@Page() context: PageContext) {
    const personId = context.session!.id;
    return leaderOverviewPage(context, cyclesOf(this.readModel, personId), personId);
  }
}
