import { message } from '@ledelsesrum/messages';
import { EMPTY_FORM, errorSummary, selectField, textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { ACTION_LABELS, actionForm } from './action-form';
import type { PeopleDirectory } from './people';

/**
 * Releasing one of the pending from the cascade, with a reason (POST /api/cycles/:id/cascades/:personId/release does
 * the same): they then no longer hold the cycle open. Only the pending are offered.
 */
export function releaseForm(
  context: PageContext,
  cycleId: string,
  pending: readonly string[],
  directory: PeopleDirectory,
  shownAgain: FormState | undefined,
): Html {
  const { language } = context;
  const state = shownAgain ?? EMPTY_FORM;
  const choices = [
    { value: '', label: say(language, message('web.chefgruppen.cycles.release-form.choose-a-person')) },
    ...pending.map((id) => ({ value: id, label: directory.personName(id) })),
  ];
  return html`<h3>${say(language, message('web.chefgruppen.cycles.release-form.release-from-the-cascade'))}</h3>
    <p class="hint">
      ${say(language, message('web.chefgruppen.cycles.release-form.hint'))}
    </p>
    ${errorSummary(context, state, ACTION_LABELS)}
    ${actionForm(
      context,
      cycleId,
      'fritag',
      html`${selectField(context, state, { name: 'releasePersonId', label: ACTION_LABELS['releasePersonId']!, choices })}
      ${textArea(context, state, { name: 'releaseReason', label: ACTION_LABELS['releaseReason']!, rows: 3 })}`,
      html`<button type="submit" class="button button-secondary">
        ${say(language, message('web.chefgruppen.cycles.release-form.release-the-person'))}
      </button>`,
    )}`;
}
