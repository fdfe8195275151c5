import { Body, Get, Inject, Param, Post } from '@nestjs/common';
import { DomainError, DomainErrorCode, type CycleStage } from '@ledelsesrum/domain';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { CYCLE_READ_MODEL } from '@ledelsesrum/api/infrastructure';
import { takeCommandKey } from '../../common/command-key';
import { EMPTY_FORM } from '../../common/form-fields';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { FormPage, ShowFormAgain } from '../../common/form-page';
import { agendaFormValues } from './agenda-form';
import { AGENDA_CORRECTION_LABELS, agendaCorrectionPage, readAgendaCorrectionForm } from './agenda-correction.page';
import { CANCEL_LABELS, cancelCyclePage, readCancelForm } from './cancel.page';
import { launchedCycle } from './page-data';

/**
 * Chefgruppen putting a running cycle right, each on its own page with what it will do: correcting the agenda after
 * prep (the leaders are sent errata) and cancelling the round (whoever got messages is told). Post/Redirect/Get, as
 * the other cycle forms: a form with errors goes back to its page, which shows it again; the domain's refusal (the
 * wrong stage, changed in another tab) goes back too, with what was typed. Callers: chefgruppen only.
 */
@WebPages('chefgruppen')
export class CycleCorrectionsController {
  constructor(
    private readonly cycles: CyclesService,
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
  ) {}

  /** The agenda as it now reads, to correct; only while prep is out and the meetings are not all held. */
  @Get('cykler/:id/dagsorden/rettelse')
  @Roles('chefgruppen')
  agendaCorrection(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const { state } = launchedCycle(this.readModel, id);
    // After a refused correction too: the error page then keeps what was typed beside why (the conflict panel).
    const refused = agendaCorrectionRefused(state.stage);
    if (refused) throw new DomainError(refused);
    return agendaCorrectionPage(
      context,
      state,
      context.shown?.form ?? { values: agendaFormValues(state.agenda), errors: {} },
    );
  }

  @Post('cykler/:id/dagsorden/rettelse')
  @Roles('chefgruppen')
  @FormPage({ labels: AGENDA_CORRECTION_LABELS })
  async correctAgenda(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readAgendaCorrectionForm(fields);
    if ('state' in form) {
      const page = () => agendaCorrectionPage(context, launchedCycle(this.readModel, id).state, form.state);
      return new ShowFormAgain(form.state, page);
    }
    await this.cycles.command(id, { type: 'CorrectAgenda', ...form.command }, context.actor!, key);
    return new Redirect(`/chefgruppen/cykler/${id}`);
  }

  @Get('cykler/:id/aflys')
  @Roles('chefgruppen')
  cancelForm(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    return cancelCyclePage(context, launchedCycle(this.readModel, id).state, context.shown?.form ?? EMPTY_FORM);
  }

  @Post('cykler/:id/aflys')
  @Roles('chefgruppen')
  @FormPage({ labels: CANCEL_LABELS })
  async cancel(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readCancelForm(fields);
    if ('state' in form) {
      const page = () => cancelCyclePage(context, launchedCycle(this.readModel, id).state, form.state);
      return new ShowFormAgain(form.state, page);
    }
    await this.cycles.command(id, { type: 'CancelCycle', reason: form.command.reason }, context.actor!, key);
    return new Redirect(`/chefgruppen/cykler/${id}`);
  }
}

/** Why the agenda cannot be corrected at this stage, as the domain refuses it; undefined while it can be. */
function agendaCorrectionRefused(stage: CycleStage): DomainErrorCode | undefined {
  if (stage === 'prep_sent') return undefined;
  if (stage === 'cancelled') return DomainErrorCode.CycleCancelled;
  if (stage === 'launched' || stage === 'agenda_set') return DomainErrorCode.PrepNotSent;
  return DomainErrorCode.MeetingsAlreadyHeld;
}
