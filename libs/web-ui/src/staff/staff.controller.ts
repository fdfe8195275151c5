import { Get, Param } from '@nestjs/common';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { Page, type PageContext } from '../common/page-context';
import { WebPages } from '../common/web-page.decorator';
import { staffDocument } from './staff-document';
import { staffListPage } from './staff-list.page';
import { staffPrintPage } from './staff-print.page';
import { StaffRounds } from './staff-rounds';
import { staffRoundPage } from './staff-round.page';

/**
 * The staff pages: what the organisation is told after each meeting round. Callers: everyone signed in, employees
 * (the only pages they may open) and the roles that run the rounds alike, so a leader sees what their staff see.
 */
@WebPages('medarbejder')
@Roles('employee', 'chefgruppen', 'facilitator', 'leader', 'auditor')
export class StaffPagesController {
  constructor(private readonly rounds: StaffRounds) {}

  @Get()
  list(@Page() context: PageContext) {
    return staffListPage(context, this.rounds.list());
  }

  @Get('cykler/:id')
  async round(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    return staffRoundPage(context, await this.rounds.load(id));
  }

  @Get('cykler/:id/udskriv')
  async print(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const summary = await this.rounds.load(id);
    return staffPrintPage(context, staffDocument(summary, context.language), id);
  }
}
