import { Get, Inject, Param } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { APP_CONFIG, CYCLE_READ_MODEL, EVENT_STORE, PERSONAL_DATA_VAULT } from '@ledelsesrum/api/infrastructure';
import type { AppConfig } from '@ledelsesrum/config';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { EMPTY_FORM } from '../../common/form-fields';
import { Page, type PageContext } from '../../common/page-context';
import { many } from '../../common/read-form';
import { WebPages } from '../../common/web-page.decorator';
import type { CycleActionForms } from './action-form';
import { agendaFormValues } from './agenda-form';
import { cycleAgendaPage } from './agenda.page';
import { cycleLaunchPage } from './launch.page';
import { launchedCycle, loadCyclePage, type CycleSources } from './page-data';
import { cyclePage } from './cycle.page';
import { cyclesListPage } from './list.page';

/**
 * Chefgruppen's cycle pages to read: the list, the launch form, one cycle, and its agenda form. The forms post to
 * CycleCommandsController. Callers: chefgruppen only, every route.
 */
@WebPages('chefgruppen')
export class CyclesPagesController {
  private readonly sources: CycleSources;

  constructor(
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) store: EventStore,
    private readonly organisation: OrganisationService,
    @Inject(PERSONAL_DATA_VAULT) vault: PersonalDataVault,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.sources = { readModel, store, organisation, vault, config };
  }

  /** Every cycle, the newest meeting date first; with none, what to do first. */
  @Get()
  @Roles('chefgruppen')
  async list(@Page() context: PageContext) {
    const cycles = this.readModel
      .list()
      .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.theme.localeCompare(b.theme, 'da'));
    const { state } = await this.organisation.current();
    return cyclesListPage(context, cycles, Object.keys(state.groups).length > 0);
  }

  /** The launch form, every group of the organisation ticked. Declared before `cykler/:id`, which would match "ny". */
  @Get('cykler/ny')
  @Roles('chefgruppen')
  async launchForm(@Page() context: PageContext) {
    const groups = await launchableGroups(this.organisation);
    return cycleLaunchPage(
      context,
      groups,
      context.shown?.form ?? EMPTY_FORM,
      shownGroups(context) ?? groups.map((group) => group.id),
    );
  }

  @Get('cykler/:id')
  @Roles('chefgruppen')
  async cycle(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const shown = context.shown;
    const forms: CycleActionForms = shown?.name ? { [shown.name]: shown.form } : {};
    return cyclePage(context, await loadCyclePage(this.sources, id), forms);
  }

  /** The agenda form, filled with the agenda so far; once prep is sent the agenda is locked, as the domain says. */
  @Get('cykler/:id/dagsorden')
  @Roles('chefgruppen')
  agenda(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const { state } = launchedCycle(this.readModel, id);
    if (state.stage !== 'launched' && state.stage !== 'agenda_set') {
      throw new DomainError(DomainErrorCode.AgendaLocked);
    }
    return cycleAgendaPage(
      context,
      state,
      context.shown?.form ?? { values: agendaFormValues(state.agenda), errors: {} },
    );
  }
}

/** The organisation's groups by name, for the launch form's boxes. */
export async function launchableGroups(organisation: OrganisationService): Promise<{ id: string; name: string }[]> {
  const { state } = await organisation.current();
  return Object.values(state.groups)
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** The groups ticked when the launch form was refused; undefined when it was not. */
function shownGroups(context: PageContext): string[] | undefined {
  return context.shown ? many(context.shown.form.values['groupIds']) : undefined;
}
