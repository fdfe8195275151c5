import { Body, Get, Param, Post } from '@nestjs/common';
import { pendingIds } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { takeCommandKey } from '../../common/command-key';
import { organisationNames } from '../../common/organisation-names';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf } from '../../common/read-form';
import { WebPages } from '../../common/web-page.decorator';
import { FormPage, ShowNext, type ShowFormAgain } from '../../common/form-page';
import { Redirect } from '../../common/redirect';
import { ACTION_LABELS, type CycleActionForms } from './action-form';
import { readCloseForm, readSummaryForm } from './action-fields';
import { closeConfirmationPage, prepPreviewPage, summaryPreviewPage } from './ask-first-pages';
import { CYCLE_PAGE, cycleFormAgain, cyclePath } from './cycle-form-again';
import { CycleSources, launchedCycle } from './page-data';

/**
 * The step before sending prep, publishing the summary and closing the cycle: each shows what will happen and posts
 * the command to CycleCommandsController's route. The summary and the closing reason are posted here and shown on
 * the same path as a GET (Post/Redirect/Get), so going back after sending never posts again. A form with errors, and
 * Back, go to the cycle page with what was typed, as does a conflict with the stored state. Nothing here changes
 * anything.
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
    const text = form.command.text;
    return new ShowNext({ values: { summaryText: text }, errors: {} }, () => this.summaryPreview(context, id, text));
  }

  @Get('cykler/:id/opsamling/forhaandsvisning')
  @Roles('chefgruppen')
  shownSummary(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const text = context.shown?.form.values['summaryText'];
    if (typeof text !== 'string') return new Redirect(cyclePath(id));
    return this.summaryPreview(context, id, text);
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
    const reason = form.command.reason;
    return new ShowNext({ values: { closeReason: reason }, errors: {} }, () =>
      this.closeConfirmation(context, id, reason),
    );
  }

  @Get('cykler/:id/luk/bekraeft')
  @Roles('chefgruppen')
  shownClose(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const reason = context.shown?.form.values['closeReason'];
    if (typeof reason !== 'string') return new Redirect(cyclePath(id));
    return this.closeConfirmation(context, id, reason);
  }

  @Post('cykler/:id/luk/tilbage')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  closeBack(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    return this.typedAgain(context, id, body, 'close', 'closeReason');
  }

  private summaryPreview(context: PageContext, id: string, text: string) {
    return summaryPreviewPage(context, launchedCycle(this.sources.readModel, id).state, text);
  }

  private async closeConfirmation(context: PageContext, id: string, reason: string) {
    const cycle = launchedCycle(this.sources.readModel, id).state;
    const names = await organisationNames(this.sources.organisation, pendingIds(cycle));
    return closeConfirmationPage(context, cycle, reason, names);
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
