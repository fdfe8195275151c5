import { Body, Get, Param, Post } from '@nestjs/common';
import { copenhagenDay } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { ReasonDto } from '@ledelsesrum/api/organisation';
import { CASCADE_REFUSALS, confirmFormValues, readConfirmForm } from '../confirm/confirm-form';
import { takeCommandKey } from '../common/command-key';
import { EMPTY_FORM, type FormState } from '../common/form-fields';
import { FormPage, ShowFormAgain } from '../common/form-page';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf, readForm } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { refusalAtField } from '../common/refusal-at-field';
import { WebPages } from '../common/web-page.decorator';
import { cascadeCorrectionPage, cascadeWithdrawalPage, WITHDRAWAL_LABELS } from './cascade-correction.page';
import { CASCADE_LABELS } from './cascade-form.page';
import { participation } from './leader-cycles';

/** The round's page: where a refusal because things changed meanwhile goes, as there is nothing left to correct. */
const ROUND_PAGE = '/leder/cykler/:id';

/**
 * A leader puts their own cascade confirmation right while the round is not completed: `/leder/cykler/:id/ret`
 * corrects it, `/leder/cykler/:id/traek-tilbage` withdraws it after asking why. Callers: leaders taking part in the
 * round (403 for anyone else, 404 for no such round), each for their own confirmation only, as through PUT and POST
 * /api/cycles/:id/cascades/:personId(/withdrawal). A page with nothing to correct goes back to the round's page. Both
 * posts answer 303 (Post/Redirect/Get): a form with errors, or a date the domain refuses, back to its page with what
 * was typed; a refusal because things changed meanwhile (withdrawn in another tab, the round completed) to the round's
 * page, with what was typed beside where it stands.
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
    const stored = { passedOnAt: copenhagenDay(own.passedOnAt), channel: own.channel, note: own.note ?? '' };
    return cascadeCorrectionPage(context, cycle, context.shown?.form ?? { values: stored, errors: {} });
  }

  @Post('cykler/:id/ret')
  @Roles('leader')
  @FormPage({ labels: CASCADE_LABELS, conflictPath: ROUND_PAGE })
  async correct(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const personId = context.session!.id;
    const { cycle } = participation(this.cycles, id, personId);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const form = await readConfirmForm(fields);
    if ('problems' in form) {
      const { values, fieldErrors, formErrors } = form.problems;
      const errors = { ...fieldErrors, ...(formErrors.length ? { bekraeft: formErrors[0]! } : {}) };
      const state: FormState = { values, errors };
      return new ShowFormAgain(state, () => cascadeCorrectionPage(context, cycle, state));
    }
    const command = { type: 'CorrectCascadeConfirmation' as const, personId, ...form.dto };
    const corrected = await refusalAtField(
      () => this.cycles.confirmCascade(id, command, context.actor!, key),
      CASCADE_REFUSALS,
    );
    if ('errors' in corrected) {
      const state: FormState = { values: confirmFormValues(fields), errors: corrected.errors };
      return new ShowFormAgain(state, () => cascadeCorrectionPage(context, cycle, state));
    }
    return new Redirect(roundPath(id));
  }

  @Get('cykler/:id/traek-tilbage')
  @Roles('leader')
  withdrawal(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string) {
    const { cycle, participant } = participation(this.cycles, id, context.session!.id);
    if (!participant.cascade || cycle.stage === 'completed') return new Redirect(roundPath(id));
    return cascadeWithdrawalPage(context, cycle, context.shown?.form ?? EMPTY_FORM);
  }

  @Post('cykler/:id/traek-tilbage')
  @Roles('leader')
  @FormPage({ labels: WITHDRAWAL_LABELS, conflictPath: ROUND_PAGE })
  async withdraw(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const personId = context.session!.id;
    const { cycle } = participation(this.cycles, id, personId);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const reason = typeof fields['reason'] === 'string' ? fields['reason'].trim() : '';
    const form = await readForm(ReasonDto, { reason });
    if ('errors' in form) {
      const state: FormState = { values: { reason }, errors: form.errors };
      return new ShowFormAgain(state, () => cascadeWithdrawalPage(context, cycle, state));
    }
    await this.cycles.withReason(id, 'WithdrawCascadeConfirmation', personId, reason, context.actor!, key);
    return new Redirect(roundPath(id));
  }
}

function roundPath(id: string): string {
  return ROUND_PAGE.replace(':id', id);
}
