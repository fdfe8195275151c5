import { Body, Param, Post } from '@nestjs/common';
import { Roles } from '@ledelsesrum/api/auth';
import { ParseIdPipe } from '@ledelsesrum/api/common';
import { CyclesService, ReflectionDto } from '@ledelsesrum/api/cycles';
import { message } from '@ledelsesrum/messages';
import { takeCommandKey } from '../common/command-key';
import { FormPage, ShowFormAgain } from '../common/form-page';
import { Page, type PageContext } from '../common/page-context';
import { fieldsOf, readForm } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { WebPages } from '../common/web-page.decorator';
import { participation } from './leader-cycles';
import { layout } from '../common/layout';
import { REFLECTION_FORM, REFLECTION_LABELS, reflectionSection } from './reflection-section';

/**
 * `POST /leder/cykler/:id/refleksion`: the leader's reflection for their own workplace, as through PUT
 * /api/cycles/:id/reflection. Callers: leaders who take part in the round (403 for anyone else), each writing only
 * their own. Refused, it goes back to the round's page with what was typed.
 */
@WebPages('leder')
export class LeaderReflectionController {
  constructor(private readonly cycles: CyclesService) {}

  @Post('cykler/:id/refleksion')
  @Roles('leader')
  @FormPage({ path: '/leder/cykler/:id', labels: REFLECTION_LABELS })
  async write(@Page() context: PageContext, @Param('id', ParseIdPipe) id: string, @Body() body: unknown) {
    const session = context.session!;
    const { cycle } = participation(this.cycles, id, session.id);
    const fields = fieldsOf(body);
    const key = takeCommandKey(fields);
    const text = typeof fields['text'] === 'string' ? fields['text'].trim() : '';
    const form = await readForm(ReflectionDto, { text });
    if ('errors' in form) {
      const state = { values: { text }, errors: { text: message('web.workplace.reflection.invalid') } };
      // A text too long for the flash cookie comes back on a page of the form alone.
      const page = () =>
        layout(context, {
          title: { da: cycle.theme, en: cycle.theme },
          hasErrors: true,
          trail: [{ href: '/leder', label: message('web.common.menu.leader') }],
          body: reflectionSection(context, cycle, undefined, state),
        });
      return new ShowFormAgain(state, page, REFLECTION_FORM);
    }
    await this.cycles.writeReflection(id, session.id, form.value.text, context.actor!, key);
    return new Redirect(`/leder/cykler/${id}#refleksion-overskrift`);
  }
}
