import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../../common/command-key';
import { csrfField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import type { Text } from '../../common/text';

/** The action forms that can be shown again with errors, each by its own name. */
export type CycleActionForms = Partial<Record<'summary' | 'close' | 'release' | 'undoRelease', FormState>>;

/** The cycle page has several forms, so their fields have names of their own (`closeReason`, not `reason`). */
export const ACTION_LABELS: Readonly<Record<string, Text>> = {
  summaryText: message('web.chefgruppen.cycles.common.summary-label'),
  closeReason: message('web.chefgruppen.cycles.action-form.label.close-reason'),
  releasePersonId: message('web.chefgruppen.cycles.action-form.label.release-person'),
  releaseReason: message('web.chefgruppen.cycles.action-form.label.release-reason'),
  undoReleasePersonId: message('web.corrections.undo-release.person'),
  undoReleaseReason: message('web.corrections.undo-release.reason'),
};

/** The close reason stays in clear text for as long as the cycle's history is kept: it is about the cycle. */
export const CLOSE_REASON_HINT: Text = message('web.chefgruppen.cycles.action-form.close-reason-hint');

/** One action's form: posts to `/chefgruppen/cykler/:id/<action>` with the session's token and a fresh command key. */
export function actionForm(context: PageContext, cycleId: string, action: string, fields: Html, button: Html): Html {
  return html`<form method="post" action="/chefgruppen/cykler/${cycleId}/${action}" novalidate>
    ${csrfField(context)} ${commandKeyField()} ${fields}
    <div class="actions">${button}</div>
  </form>`;
}
