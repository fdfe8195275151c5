import { Body, Inject, Param, Post } from '@nestjs/common';
import { pendingIds } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { CYCLE_READ_MODEL, EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { takeCommandKey } from '../../common/command-key';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { PageResult } from '../../common/web-page.interceptor';
import type { CycleActionForms } from './action-form';
import { readCloseForm, readReleaseForm, readSummaryForm, readUndoReleaseForm } from './action-fields';
import { readAgendaForm } from './agenda-form';
import { cycleAgendaPage } from './agenda.page';
import { readLaunchForm } from './launch-form';
import { cycleLaunchPage } from './launch.page';
import { launchedCycle, loadCyclePage, type CycleSources } from './page-data';
import { cyclePage } from './cycle.page';
import { releasedIds } from './undo-release-form';
import { launchableGroups } from './pages.controller';

/**
 * Chefgruppen's cycle forms. Each validates with the JSON API's DTO, sends the same update through CyclesService
 * with the form's command key as the idempotency key, and goes back to the cycle page (Post/Redirect/Get). A form
 * with errors is shown again (400); the domain's refusal (e.g. the wrong stage) is the 409 error page.
 * Callers: chefgruppen only, every route (as the matching JSON routes).
 */
@WebPages('chefgruppen')
export class CycleCommandsController {
  private readonly sources: CycleSources;

  constructor(
    private readonly cycles: CyclesService,
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) store: EventStore,
    private readonly organisation: OrganisationService,
  ) {
    this.sources = { readModel, store, organisation };
  }

  @Post('cykler/ny')
  @Roles('chefgruppen')
  async launch(@Page() context: PageContext, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readLaunchForm(fields);
    if ('state' in form) {
      const groups = await launchableGroups(this.organisation);
      return new PageResult(400, cycleLaunchPage(context, groups, form.state, form.values.groupIds));
    }
    const view = await this.cycles.launch(form.command, context.actor!, key);
    return new Redirect(cyclePath(view.id));
  }

  @Post('cykler/:id/dagsorden')
  @Roles('chefgruppen')
  async setAgenda(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readAgendaForm(fields);
    if ('state' in form) {
      return new PageResult(400, cycleAgendaPage(context, launchedCycle(this.readModel, id).state, form.state));
    }
    await this.cycles.command(id, { type: 'SetAgenda', ...form.command }, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/forberedelse')
  @Roles('chefgruppen')
  async sendPrep(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const key = takeCommandKey(fieldsOf(body));
    await this.cycles.command(id, { type: 'SendPrep' }, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/opsamling')
  @Roles('chefgruppen')
  async publishSummary(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readSummaryForm(fields);
    if ('state' in form) return this.showAgain(context, id, { summary: form.state });
    const command = { type: 'PublishSummary' as const, text: form.command.text };
    await this.cycles.command(id, command, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  /** Closing makes the pending leaders exceptions; the page said how many before the button. */
  @Post('cykler/:id/luk')
  @Roles('chefgruppen')
  async close(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readCloseForm(fields);
    if ('state' in form) return this.showAgain(context, id, { close: form.state });
    const command = { type: 'CloseCycle' as const, reason: form.command.reason };
    await this.cycles.command(id, command, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/fritag')
  @Roles('chefgruppen')
  async release(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readReleaseForm(fields, pendingIds(launchedCycle(this.readModel, id).state));
    if ('state' in form) return this.showAgain(context, id, { release: form.state });
    const { personId, reason } = form.command;
    await this.cycles.withReason(id, 'ReleaseFromCascade', personId, reason, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/fortryd-fritagelse')
  @Roles('chefgruppen')
  async undoRelease(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readUndoReleaseForm(fields, releasedIds(launchedCycle(this.readModel, id).state));
    if ('state' in form) return this.showAgain(context, id, { undoRelease: form.state });
    const { personId, reason } = form.command;
    await this.cycles.withReason(id, 'UndoRelease', personId, reason, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  private async showAgain(context: PageContext, id: string, forms: CycleActionForms): Promise<PageResult> {
    return new PageResult(400, cyclePage(context, await loadCyclePage(this.sources, id), forms));
  }
}

function cyclePath(id: string): string {
  return `/chefgruppen/cykler/${id}`;
}
