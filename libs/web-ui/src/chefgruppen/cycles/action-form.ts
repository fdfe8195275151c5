import { commandKeyField } from '../../common/command-key';
import { csrfField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import type { Text } from '../../common/text';

/** The action forms that can be shown again with errors, each by its own name. */
export type CycleActionForms = Partial<Record<'summary' | 'close' | 'release', FormState>>;

/** The cycle page has several forms, so their fields have names of their own (`closeReason`, not `reason`). */
export const ACTION_LABELS: Readonly<Record<string, Text>> = {
  summaryText: { da: 'Opsamlingen', en: 'The summary' },
  closeReason: { da: 'Begrundelse for at lukke', en: 'Reason for closing' },
  releasePersonId: { da: 'Person', en: 'Person' },
  releaseReason: { da: 'Begrundelse for fritagelsen', en: 'Reason for the release' },
};

/** The close reason stays in clear text for as long as the cycle's history is kept: it is about the cycle. */
export const CLOSE_REASON_HINT: Text = {
  da: 'Begrundelsen gemmes i klar tekst, så længe cyklussens historik findes. Skriv ikke navne eller andre personoplysninger.',
  en: 'The reason is kept in clear text for as long as the cycle’s history exists. Do not write names or other personal details.',
};

/** One action's form: posts to `/chefgruppen/cykler/:id/<action>` with the session's token and a fresh command key. */
export function actionForm(context: PageContext, cycleId: string, action: string, fields: Html, button: Html): Html {
  return html`<form method="post" action="/chefgruppen/cykler/${cycleId}/${action}" novalidate>
    ${csrfField(context)} ${commandKeyField()} ${fields}
    <div class="actions">${button}</div>
  </form>`;
}
