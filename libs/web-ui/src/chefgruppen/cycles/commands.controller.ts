import { Body, Inject, Param, Post } from '@nestjs/common';
import { DomainErrorCode, pendingIds } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { APP_CONFIG, CYCLE_READ_MODEL, EVENT_STORE, PERSONAL_DATA_VAULT } from '@ledelsesrum/api/infrastructure';
import type { AppConfig } from '@ledelsesrum/config';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { takeCommandKey } from '../../common/command-key';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { refusalAtField, type RefusalFields } from '../../common/refusal-at-field';
import { WebPages } from '../../common/web-page.decorator';
import { FormPage, ShowFormAgain } from '../../common/form-page';
import { ACTION_LABELS } from './action-form';
import { readCloseForm, readReleaseForm, readSummaryForm, readUndoReleaseForm } from './action-fields';
import { agendaFormValues, readAgendaForm } from './agenda-form';
import { AGENDA_TEXT_LABELS, cycleAgendaPage } from './agenda.page';
import { launchFormShown, launchFormValues, readLaunchForm } from './launch-form';
import { cycleLaunchPage } from './launch.page';
import { launchedCycle, type CycleSources } from './page-data';
import { CYCLE_PAGE, cycleFormAgain, cyclePath } from './cycle-form-again';
import { releasedIds } from './undo-release-form';
import { launchableGroups } from './pages.controller';

/** The refusals of a launch and an agenda that are about one of the form's fields. */
const LAUNCH_REFUSALS: RefusalFields = {
  [DomainErrorCode.MeetingDateInPast]: 'meetingDate',
  [DomainErrorCode.MeetingDateTooFar]: 'meetingDate',
};
const AGENDA_REFUSALS: RefusalFields = { [DomainErrorCode.AgendaWithoutItems]: 'items' };

/**
 * Chefgruppen's cycle forms. Each validates with the JSON API's DTO, sends the same update through CyclesService
 * with the form's command key as the idempotency key, and goes back to the cycle page (Post/Redirect/Get). A form
 * with errors goes back to its page, which shows it again, and so does one the domain refuses for what a field says (a
 * meeting date already past); any other refusal of the domain (e.g. the stage moved on in another tab) goes back too,
 * with what was typed beside where the cycle stands now.
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
    @Inject(PERSONAL_DATA_VAULT) vault: PersonalDataVault,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sources = { readModel, store, organisation, vault, config };
  }

  @Post('cykler/ny')
  @Roles('chefgruppen')
  @FormPage()
  async launch(@Page() context: PageContext, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readLaunchForm(fields);
    if ('state' in form) {
      const page = async () => {
        const groups = await launchableGroups(this.organisation);
        return cycleLaunchPage(context, groups, form.state, form.values.groupIds);
      };
      return new ShowFormAgain(form.state, page);
    }
    const launched = await refusalAtField(() => this.cycles.launch(form.command, context.actor!, key), LAUNCH_REFUSALS);
    if ('errors' in launched) {
      const state = { values: launchFormShown(fields), errors: launched.errors };
      const page = async () => {
        const groups = await launchableGroups(this.organisation);
        return cycleLaunchPage(context, groups, state, launchFormValues(fields).groupIds);
      };
      return new ShowFormAgain(state, page);
    }
    return new Redirect(cyclePath(launched.value.id));
  }

  @Post('cykler/:id/dagsorden')
  @Roles('chefgruppen')
  @FormPage({ labels: AGENDA_TEXT_LABELS })
  async setAgenda(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readAgendaForm(fields);
    if ('state' in form) {
      const page = () => cycleAgendaPage(context, launchedCycle(this.readModel, id).state, form.state);
      return new ShowFormAgain(form.state, page);
    }
    const refused = await refusalAtField(
      () => this.cycles.command(id, { type: 'SetAgenda', ...form.command }, context.actor!, key),
      AGENDA_REFUSALS,
    );
    if ('errors' in refused) {
      const state = { values: agendaFormValues(form.command), errors: refused.errors };
      return new ShowFormAgain(state, () => cycleAgendaPage(context, launchedCycle(this.readModel, id).state, state));
    }
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/forberedelse')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE })
  async sendPrep(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const key = takeCommandKey(fieldsOf(body));
    await this.cycles.command(id, { type: 'SendPrep' }, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/opsamling')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  async publishSummary(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readSummaryForm(fields);
    if ('state' in form) return cycleFormAgain(this.sources, context, id, 'summary', form.state);
    const command = { type: 'PublishSummary' as const, text: form.command.text };
    await this.cycles.command(id, command, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  /** Closing makes the pending leaders exceptions; the confirmation step named them before the button. */
  @Post('cykler/:id/luk')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  async close(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readCloseForm(fields);
    if ('state' in form) return cycleFormAgain(this.sources, context, id, 'close', form.state);
    const command = { type: 'CloseCycle' as const, reason: form.command.reason };
    await this.cycles.command(id, command, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/fritag')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  async release(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readReleaseForm(fields, pendingIds(launchedCycle(this.readModel, id).state));
    if ('state' in form) return cycleFormAgain(this.sources, context, id, 'release', form.state);
    const { personId, reason } = form.command;
    await this.cycles.withReason(id, 'ReleaseFromCascade', personId, reason, context.actor!, key);
    return new Redirect(cyclePath(id));
  }

  @Post('cykler/:id/fortryd-fritagelse')
  @Roles('chefgruppen')
  @FormPage({ path: CYCLE_PAGE, labels: ACTION_LABELS })
  async undoRelease(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readUndoReleaseForm(fields, releasedIds(launchedCycle(this.readModel, id).state));
    if ('state' in form) return cycleFormAgain(this.sources, context, id, 'undoRelease', form.state);
    const { personId, reason } = form.command;
    await this.cycles.withReason(id, 'UndoRelease', personId, reason, context.actor!, key);
    return new Redirect(cyclePath(id));
  }
}
