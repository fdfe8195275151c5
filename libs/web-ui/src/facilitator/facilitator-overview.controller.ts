import { Get, Inject, Query } from '@nestjs/common';
import type { LaunchedCycle } from '@ledelsesrum/domain';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { CYCLE_READ_MODEL } from '@ledelsesrum/api/infrastructure';
import { Page, type PageContext } from '../common/page-context';
import { WebPages } from '../common/web-page.decorator';
import { facilitatedMeetings, groupsOf } from './facilitated-meetings';
import { facilitatorOverviewPage } from './facilitator-overview.page';
import { organisationNames } from '../common/organisation-names';

/**
 * The facilitator's start page, `GET /facilitator`: the groups they facilitate and each cycle's meeting of them.
 * Callers: facilitators (their own groups: the organisation's now, and each cycle's as launched) and chefgruppen
 * (every group, as chefgruppen may record any meeting).
 */
@WebPages('facilitator')
export class FacilitatorOverviewController {
  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    private readonly organisation: OrganisationService,
  ) {}

  @Get()
  @Roles('facilitator', 'chefgruppen')
  async overview(@Page() context: PageContext, @Query('registreret') justRecorded?: string) {
    const session = context.session!;
    const isMine = groupsOf(session);
    const cycles = this.readModel.list().flatMap((view): LaunchedCycle[] => {
      const state = this.readModel.get(view.id)?.state;
      return state?.status === 'launched' ? [state] : [];
    });
    const names = await organisationNames(this.organisation, []);
    const meetings = facilitatedMeetings(cycles, isMine);
    // Said only of a meeting that is recorded indeed: the address is not to put words in the page.
    const recorded = meetings.some((meeting) => meeting.groupId === justRecorded && meeting.status === 'recorded');
    return facilitatorOverviewPage(context, {
      groups: names.groups.filter(isMine),
      meetings,
      names,
      everyGroup: session.roles.includes('chefgruppen'),
      ...(recorded ? { justRecorded } : {}),
    });
  }
}
