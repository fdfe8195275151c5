import { MATERIAL_KINDS, type LaunchedCycle } from '@ledelsesrum/domain';
import { danish } from '../../common/danish-content';
import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../../common/command-key';
import { csrfField, errorSummary, inputField, selectField, textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { materialField, materialRowCount } from './agenda-form';

/** What the page adds when it corrects an agenda already sent: its words, its fields and their labels. */
export interface AgendaCorrectionParts {
  readonly intro: Html;
  readonly fields: Html;
  readonly labels: Readonly<Record<string, Text>>;
  readonly submit: Text;
}

const ENTRY_HINT: Text = message('web.chefgruppen.cycles.agenda.entry-hint');

/** The agenda's own texts: what a conflict shows as typed, beside where the cycle stands. */
export const AGENDA_TEXT_LABELS: Readonly<Record<string, Text>> = {
  items: message('web.chefgruppen.cycles.agenda.label.items'),
  prepTasks: message('web.chefgruppen.cycles.common.preparation-tasks'),
};

function labels(rows: number): Record<string, Text> {
  const all: Record<string, Text> = { ...AGENDA_TEXT_LABELS };
  for (let row = 0; row < rows; row += 1) {
    all[materialField('kind', row)] = message('web.chefgruppen.cycles.agenda.material-row.kind', { row: row + 1 });
    all[materialField('title', row)] = message('web.chefgruppen.cycles.agenda.material-row.title', { row: row + 1 });
    all[materialField('url', row)] = message('web.chefgruppen.cycles.agenda.material-row.address', { row: row + 1 });
  }
  return all;
}

/**
 * The agenda on its own page, as it is long: items and prep tasks as a line each, materials as rows of kind, title and
 * an optional address, with spare rows so several can be added without a script. Filled with the agenda set so far.
 */
export function cycleAgendaPage(
  context: PageContext,
  cycle: LaunchedCycle,
  state: FormState,
  correction?: AgendaCorrectionParts,
): Html {
  const { language } = context;
  const rows = materialRowCount(state.values);
  const all = labels(rows);
  const materialRows = Array.from({ length: rows }, (_, row) => {
    const legend = message('web.chefgruppen.cycles.agenda.material-row.legend', { row: row + 1 });
    return html`<fieldset class="material-row">
      <legend>${say(language, legend)}</legend>
      ${selectField(context, state, {
        name: materialField('kind', row),
        label: message('web.chefgruppen.cycles.agenda.kind'),
        choices: MATERIAL_KINDS.map((kind) => ({
          value: kind,
          label: say(language, message(`web.chefgruppen.cycles.agenda.material-kind.${kind}`)),
        })),
      })}
      ${inputField(context, state, { name: materialField('title', row), label: message('web.chefgruppen.cycles.agenda.title') })}
      ${inputField(context, state, {
        name: materialField('url', row),
        type: 'url',
        label: message('web.chefgruppen.cycles.agenda.address-optional'),
        hint: message('web.chefgruppen.cycles.agenda.starts-with-https'),
      })}
    </fieldset>`;
  });
  const body = html`<p>${say(language, message('web.chefgruppen.cycles.common.theme'))}: <strong>${danish(context.language, cycle.theme)}</strong></p>
    ${correction?.intro ?? ''} ${errorSummary(context, state, { ...all, ...correction?.labels })}
    <form method="post" action="/chefgruppen/cykler/${cycle.id}/dagsorden${correction ? '/rettelse' : ''}" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${textArea(context, state, { name: 'items', label: all['items']!, hint: ENTRY_HINT, rows: 6 })}
      ${textArea(context, state, { name: 'prepTasks', label: all['prepTasks']!, hint: ENTRY_HINT, rows: 4 })}
      <h2>${say(language, message('web.chefgruppen.cycles.common.materials'))}</h2>
      <p class="hint">
        ${say(language, message('web.chefgruppen.cycles.agenda.materials-hint'))}
      </p>
      ${materialRows} ${correction?.fields ?? ''}
      <div class="actions">
        <button type="submit" class="button button-primary">
          ${say(language, correction?.submit ?? message('web.chefgruppen.cycles.agenda.save-the-agenda'))}
        </button>
        <a href="/chefgruppen/cykler/${cycle.id}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
      </div>
    </form>`;
  return layout(context, {
    title: message('web.chefgruppen.cycles.common.agenda'),
    body,
    hasErrors: Object.keys(state.errors).length > 0,
    trail: [
      { href: '/chefgruppen', label: message('web.chefgruppen.cycles.common.cycles') },
      { href: `/chefgruppen/cykler/${cycle.id}`, label: { da: cycle.theme, en: cycle.theme } },
    ],
  });
}
