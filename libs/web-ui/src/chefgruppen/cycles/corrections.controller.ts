import { Body, Get, Inject, Param, Post } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@ledelsesrum/domain';
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
import { PageResult } from '../../common/web-page.interceptor';
import { agendaFormValues } from './agenda-form';
import { agendaCorrectionPage, readAgendaCorrectionForm } from './agenda-correction.page';
import { cancelCyclePage, readCancelForm } from './cancel.page';
import { launchedCycle } from './page-data';

/**
 * Chefgruppen putting a running cycle right, each on its own page with what it will do: correcting the agenda after
 * prep (the leaders are sent errata) and cancelling the round (whoever got messages is told). Post/Redirect/Get, as
 * the other cycle forms; the domain's refusal (the wrong stage) is the 409 page. Callers: chefgruppen only.
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
    if (state.stage !== 'prep_sent') throw new DomainError(DomainErrorCode.MeetingsAlreadyHeld);
    return agendaCorrectionPage(context, state, { values: agendaFormValues(state.agenda), errors: {} });
  }

  @Post('cykler/:id/dagsorden/rettelse')
  @Roles('chefgruppen')
  async correctAgenda(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readAgendaCorrectionForm(fields);
    if ('state' in form) {
      return new PageResult(400, agendaCorrectionPage(context, launchedCycle(this.readModel, id).state, form.state));
    }
    await this.cycles.command(id, { type: 'CorrectAgenda', ...form.command }, context.actor!, key);
    return new Redirect(`/chefgruppen/cykler/${id}`);
  }

  @Get('cykler/:id/aflys')
  @Roles('chefgruppen')
  cancelForm(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    return cancelCyclePage(context, launchedCycle(this.readModel, id).state, EMPTY_FORM);
  }

  @Post('cykler/:id/aflys')
  @Roles('chefgruppen')
  async cancel(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readCancelForm(fields);
    if ('state' in form) {
      return new PageResult(400, cancelCyclePage(context, launchedCycle(this.readModel, id).state, form.state));
    }
    await this.cycles.command(id, { type: 'CancelCycle', reason: form.command.reason }, context.actor!, key);
    return new Redirect(`/chefgruppen/cykler/${id}`);
  }
}
