import { Body, Get, Inject, Param, Post } from '@nestjs/common';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { WORKPLACE_LINKS } from '@ledelsesrum/api/reach';
import { workplaceLinkUrl, type WorkplaceLinks } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import type { LaunchedCycle, Participant } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { CASCADE_REFUSALS, confirmFormValues, readConfirmForm } from '../confirm/confirm-form';
import { takeCommandKey } from '../common/command-key';
import { EMPTY_FORM, type FormState } from '../common/form-fields';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { refusalAtField } from '../common/refusal-at-field';
import { WebPages } from '../common/web-page.decorator';
import { FormPage, ShowFormAgain } from '../common/form-page';
import { CASCADE_LABELS } from './cascade-form.page';
import { organisationNames } from '../common/organisation-names';
import { cascadeStatus } from './cascade-status';
import { leaderCyclePage } from './leader-cycle.page';
import { participation } from './leader-cycles';
import { REFLECTION_FORM } from './reflection-section';

/**
 * One meeting round for a leader, `GET /leder/cykler/:id`, and their cascade confirmation, `POST
 * /leder/cykler/:id/bekraeft`. Callers: leaders who take part in the round (403 for anyone else, 404 for no such
 * round); each confirms only their own cascade, as through POST /api/cycles/:id/cascades/:personId.
 */
@WebPages('leder')
export class LeaderCycleController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly organisation: OrganisationService,
    @Inject(WORKPLACE_LINKS) private readonly workplaces: WorkplaceLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('cykler/:id')
  @Roles('leader')
  async show(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const { cycle, participant } = participation(this.cycles, id, context.session!.id);
    const shown = context.shown?.name === REFLECTION_FORM ? undefined : context.shown?.form;
    return this.page(context, cycle, participant, shown ?? EMPTY_FORM);
  }

  @Post('cykler/:id/bekraeft')
  @Roles('leader')
  @FormPage({ path: '/leder/cykler/:id', labels: CASCADE_LABELS })
  async confirm(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const session = context.session!;
    const { cycle, participant } = participation(this.cycles, id, session.id);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readConfirmForm(fields);
    if ('problems' in form) {
      // No form to correct once the cascade is no longer due: the page says where it stands instead.
      if (cascadeStatus(cycle, session.id) !== 'pending') return new Redirect(`/leder/cykler/${id}`);
      const { values, fieldErrors, formErrors } = form.problems;
      // Errors that belong to no field point at the form itself.
      const errors = { ...fieldErrors, ...(formErrors.length ? { bekraeft: formErrors[0]! } : {}) };
      const state: FormState = { values, errors };
      return new ShowFormAgain(state, () => this.page(context, cycle, participant, state));
    }
    const command = { type: 'ConfirmCascade' as const, personId: session.id, ...form.dto };
    const confirmed = await refusalAtField(
      () => this.cycles.confirmCascade(id, command, context.actor!, key),
      CASCADE_REFUSALS,
    );
    if ('errors' in confirmed) {
      const state = { values: confirmFormValues(fields), errors: confirmed.errors };
      return new ShowFormAgain(state, () => this.page(context, cycle, participant, state));
    }
    return new Redirect(`/leder/cykler/${id}`);
  }

  private async page(context: PageContext, cycle: LaunchedCycle, participant: Participant, form: FormState) {
    const facilitators = cycle.groups
      .filter((group) => participant.groupIds.includes(group.id))
      .map((group) => group.facilitatorId);
    const names = await organisationNames(this.organisation, facilitators);
    const reflection = await this.cycles.ownReflection(cycle.id, participant.personId);
    const token = await this.workplaces.sign({ cycleId: cycle.id, leaderId: participant.personId });
    const workplaceUrl = workplaceLinkUrl(this.config.publicUrl, token);
    return leaderCyclePage(context, { cycle, participant, names, form, reflection, workplaceUrl });
  }
}
