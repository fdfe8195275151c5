import { Body, Get, Param, Post } from '@nestjs/common';
import { pendingIds } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { takeCommandKey } from '../../common/command-key';
import { organisationNames } from '../../common/organisation-names';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf } from '../../common/read-form';
import { WebPages } from '../../common/web-page.decorator';
import { FormPage, type ShowFormAgain } from '../../common/form-page';
import { ACTION_LABELS, type CycleActionForms } from './action-form';
import { readCloseForm, readSummaryForm } from './action-fields';
import { closeConfirmationPage, prepPreviewPage, summaryPreviewPage } from './ask-first-pages';
import { CYCLE_PAGE, cycleFormAgain } from './cycle-form-again';
import { CycleSources, launchedCycle } from './page-data';

/**
 * The step before sending prep, publishing the summary and closing the cycle: each shows what will happen and posts
 * the command to CycleCommandsController's route. A form with errors, and Back, go to the cycle page with what was
 * typed (Post/Redirect/Get), as does a conflict with the stored state. Nothing here changes anything.
 * Callers: chefgruppen only, every route (as the commands they lead to).
 */
@WebPages('chefgruppen')
export class AskFirstController {
  constructor(private readonly sources: CycleSources) {}

  @Get('cykler/:id/forberedelse')
  @Roles('chefgruppen')
  prep(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    return prepPreviewPage(context, launchedCycle(this.sources.readModel, id).state);
  }

  @Post('cykler/:id/opsamling/forhaandsvisning')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  async previewSummary(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    takeCommandKey(fields);
    const form = await readSummaryForm(fields);
    if ('state' in form) return cycleFormAgain(this.sources, context, id, 'summary', form.state);
    return summaryPreviewPage(context, launchedCycle(this.sources.readModel, id).state, form.command.text);
  }

  @Post('cykler/:id/opsamling/tilbage')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  summaryBack(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    return this.typedAgain(context, id, body, 'summary', 'summaryText');
  }

  @Post('cykler/:id/luk/bekraeft')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  async confirmClose(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    takeCommandKey(fields);
    const form = await readCloseForm(fields);
    if ('state' in form) return cycleFormAgain(this.sources, context, id, 'close', form.state);
    const cycle = launchedCycle(this.sources.readModel, id).state;
    const names = await organisationNames(this.sources.organisation, pendingIds(cycle));
    return closeConfirmationPage(context, cycle, form.command.reason, names);
  }

  @Post('cykler/:id/luk/tilbage')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  closeBack(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    return this.typedAgain(context, id, body, 'close', 'closeReason');
  }

  /** The cycle page with one action's field filled in again as it was carried, without errors. */
  private typedAgain(
    context: PageContext,
    id: string,
    body: unknown,
    form: keyof CycleActionForms,
    field: string,
  ): ShowFormAgain {
    const value = fieldsOf(body)[field];
    const values = typeof value === 'string' ? { [field]: value } : {};
    return cycleFormAgain(this.sources, context, id, form, { values, errors: {} });
  }
}
