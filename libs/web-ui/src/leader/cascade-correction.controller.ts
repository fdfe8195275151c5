import { Body, Get, Param, Post } from '@nestjs/common';
import { copenhagenDay } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { ReasonDto } from '@ledelsesrum/api/organisation';
import { readConfirmForm } from '../confirm/confirm-form';
import { takeCommandKey } from '../common/command-key';
import { EMPTY_FORM, type FormState } from '../common/form-fields';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf, readForm } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { WebPages } from '../common/web-page.decorator';
import { PageResult } from '../common/web-page.interceptor';
import { cascadeCorrectionPage, cascadeWithdrawalPage } from './cascade-correction.page';
import { participation } from './leader-cycles';

/**
 * A leader puts their own cascade confirmation right while the round is not completed: `/leder/cykler/:id/ret`
 * corrects it, `/leder/cykler/:id/traek-tilbage` withdraws it after asking why. Callers: leaders taking part in the
 * round (403 for anyone else, 404 for no such round), each for their own confirmation only, as through PUT and POST
 * /api/cycles/:id/cascades/:personId(/withdrawal). A page with nothing to correct goes back to the round's page; the
 * domain's refusal (the round completed meanwhile) is the 409 error page.
 */
@WebPages('leder')
export class CascadeCorrectionController {
  constructor(private readonly cycles: CyclesService) {}

  @Get('cykler/:id/ret')
  @Roles('leader')
  async correction(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const { cycle } = participation(this.cycles, id, context.session!.id);
    const own = await this.cycles.ownConfirmation(id, context.session!.id);
    if (!own || cycle.stage === 'completed') return new Redirect(roundPath(id));
    const values = { passedOnAt: copenhagenDay(own.passedOnAt), channel: own.channel, note: own.note ?? '' };
    return cascadeCorrectionPage(context, cycle, { values, errors: {} });
  }

  @Post('cykler/:id/ret')
  @Roles('leader')
  async correct(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const personId = context.session!.id;
    const { cycle } = participation(this.cycles, id, personId);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readConfirmForm(fields);
    if ('problems' in form) {
      const { values, fieldErrors, formErrors } = form.problems;
      const errors = { ...fieldErrors, ...(formErrors.length ? { bekraeft: formErrors[0]! } : {}) };
      return new PageResult(400, cascadeCorrectionPage(context, cycle, { values, errors }));
    }
    const command = { type: 'CorrectCascadeConfirmation' as const, personId, ...form.dto };
    await this.cycles.confirmCascade(id, command, context.actor!, key);
    return new Redirect(roundPath(id));
  }

  @Get('cykler/:id/traek-tilbage')
  @Roles('leader')
  withdrawal(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const { cycle, participant } = participation(this.cycles, id, context.session!.id);
    if (!participant.cascade || cycle.stage === 'completed') return new Redirect(roundPath(id));
    return cascadeWithdrawalPage(context, cycle, EMPTY_FORM);
  }

  @Post('cykler/:id/traek-tilbage')
  @Roles('leader')
  async withdraw(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const personId = context.session!.id;
    const { cycle } = participation(this.cycles, id, personId);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const reason = typeof fields['reason'] === 'string' ? fields['reason'].trim() : '';
    const form = await readForm(ReasonDto, { reason });
    if ('errors' in form) {
      const state: FormState = { values: { reason }, errors: form.errors };
      return new PageResult(400, cascadeWithdrawalPage(context, cycle, state));
    }
    await this.cycles.withReason(id, 'WithdrawCascadeConfirmation', personId, reason, context.actor!, key);
    return new Redirect(roundPath(id));
  }
}

function roundPath(id: string): string {
  return `/leder/cykler/${id}`;
}
