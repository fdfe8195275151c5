import type { LaunchedCycle } from '@ledelsesrum/domain';
import { CorrectAgendaDto } from '@ledelsesrum/api/cycles';
import { message } from '@ledelsesrum/messages';
import { textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { readForm } from '../../common/read-form';
import { say, type Text } from '../../common/text';
import { agendaFormValues, readAgendaForm } from './agenda-form';
import { AGENDA_TEXT_LABELS, cycleAgendaPage } from './agenda.page';

const LABELS: Readonly<Record<string, Text>> = {
  changes: message('web.corrections.agenda.changes'),
  reason: message('web.corrections.agenda.reason'),
};
/** The labels of every text the correction form takes, for a conflict to show what was typed. */
export const AGENDA_CORRECTION_LABELS: Readonly<Record<string, Text>> = { ...AGENDA_TEXT_LABELS, ...LABELS };

/** The agenda form once prep is out: the same fields, plus what changed and why, which the leaders are sent. */
export function agendaCorrectionPage(context: PageContext, cycle: LaunchedCycle, state: FormState): Html {
  const { language } = context;
  const recipients = cycle.participants.size;
  return cycleAgendaPage(context, cycle, state, {
    intro: html`<p class="alert alert-info notice">${say(language, message('web.corrections.agenda.intro', { recipients }))}</p>`,
    fields: html`${textArea(context, state, {
      name: 'changes',
      label: LABELS['changes']!,
      hint: message('web.corrections.agenda.changes.hint'),
      rows: 3,
    })}
    ${textArea(context, state, {
      name: 'reason',
      label: LABELS['reason']!,
      hint: message('web.corrections.agenda.reason.hint'),
      rows: 2,
      maxLength: 500,
    })}`,
    labels: LABELS,
    submit: message('web.corrections.agenda.submit', { recipients }),
  });
}

/** The CorrectAgenda command from the form, checked by the API's own CorrectAgendaDto; or the form to show again. */
export async function readAgendaCorrectionForm(
  fields: Record<string, unknown>,
): Promise<{ readonly command: CorrectAgendaDto } | { readonly state: FormState }> {
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string).trim() : '');
  const words = { changes: text('changes'), reason: text('reason') };
  const agenda = await readAgendaForm(fields);
  const checked = await readForm(CorrectAgendaDto, { ...('command' in agenda ? agenda.command : {}), ...words });
  const wordErrors = 'errors' in checked ? pick(checked.errors, Object.keys(words)) : {};
  if ('command' in agenda && 'value' in checked) return { command: checked.value };
  // The agenda as typed stays in the form whether or not it was the part refused.
  const state = 'state' in agenda ? agenda.state : { values: agendaFormValues(agenda.command), errors: {} };
  return {
    state: { values: { ...state.values, ...words }, errors: { ...state.errors, ...wordErrors } },
  };
}

function pick<T>(record: Readonly<Record<string, T>>, names: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([path]) => names.includes(path)));
}
