import { participantIds, type LaunchedCycle } from '@ledelsesrum/domain';
import { CancelCycleDto } from '@ledelsesrum/api/cycles';
import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../../common/command-key';
import { csrfField, errorSummary, textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { readForm } from '../../common/read-form';
import { say, type Text } from '../../common/text';

export const CANCEL_LABELS: Readonly<Record<string, Text>> = { reason: message('web.corrections.cancel.reason') };

/** How many people a cancellation is sent to: everyone in the round, once the round has written to anyone. */
export function cancellationRecipients(cycle: LaunchedCycle): number {
  return cycle.notifiedAnyone ? participantIds(cycle).length : 0;
}

/** The step before cancelling: what it means, and how many people will be told. */
export function cancelCyclePage(context: PageContext, cycle: LaunchedCycle, state: FormState): Html {
  const { language } = context;
  const people = cancellationRecipients(cycle);
  const consequence =
    people > 0
      ? message('web.corrections.cancel.people-told', { people })
      : message('web.corrections.cancel.nobody-told');
  const body = html`<p>${say(language, message('web.corrections.cancel.intro'))}</p>
    <p class="alert alert-info notice" id="konsekvens">${say(language, consequence)}</p>
    ${errorSummary(context, state, CANCEL_LABELS)}
    <form method="post" action="/chefgruppen/cykler/${cycle.id}/aflys" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${textArea(context, state, {
        name: 'reason',
        label: CANCEL_LABELS['reason']!,
        hint: message('web.corrections.cancel.reason.hint'),
        rows: 3,
        maxLength: 500,
      })}
      <div class="actions">
        <button type="submit" class="button button-warning" aria-describedby="konsekvens">
          ${say(language, message('web.corrections.cancel.submit'))}
        </button>
        <a href="/chefgruppen/cykler/${cycle.id}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
      </div>
    </form>`;
  return layout(context, {
    title: message('web.corrections.cancel.title', { theme: cycle.theme }),
    body,
    hasErrors: Object.keys(state.errors).length > 0,
    trail: [
      { href: '/chefgruppen', label: message('web.chefgruppen.cycles.common.cycles') },
      { href: `/chefgruppen/cykler/${cycle.id}`, label: { da: cycle.theme, en: cycle.theme } },
    ],
  });
}

export async function readCancelForm(
  fields: Record<string, unknown>,
): Promise<{ readonly command: CancelCycleDto } | { readonly state: FormState }> {
  const reason = typeof fields['reason'] === 'string' ? fields['reason'].trim() : '';
  const form = await readForm(CancelCycleDto, { reason });
  return 'value' in form ? { command: form.value } : { state: { values: { reason }, errors: form.errors } };
}
