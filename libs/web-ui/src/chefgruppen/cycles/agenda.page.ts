import { MATERIAL_KINDS, type LaunchedCycle, type MaterialKind } from '@ledelsesrum/domain';
import { commandKeyField } from '../../common/command-key';
import { csrfField, errorSummary, inputField, selectField, textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { materialField, materialRowCount } from './agenda-form';

export const MATERIAL_KIND_NAMES: Readonly<Record<MaterialKind, Text>> = {
  speaker: { da: 'Oplægsholder', en: 'Speaker' },
  article: { da: 'Artikel', en: 'Article' },
  case: { da: 'Case', en: 'Case' },
  other: { da: 'Andet', en: 'Other' },
};

const ENTRY_HINT: Text = {
  da: 'Ét punkt pr. linje. En beskrivelse kan følge efter en lodret streg: titel | beskrivelse',
  en: 'One entry per line. A description may follow a vertical bar: title | description',
};

function labels(rows: number): Record<string, Text> {
  const all: Record<string, Text> = {
    items: { da: 'Dagsordenspunkter', en: 'Agenda items' },
    prepTasks: { da: 'Forberedelsesopgaver', en: 'Preparation tasks' },
  };
  for (let row = 0; row < rows; row += 1) {
    all[materialField('kind', row)] = { da: `Materiale ${row + 1}, type`, en: `Material ${row + 1}, kind` };
    all[materialField('title', row)] = { da: `Materiale ${row + 1}, titel`, en: `Material ${row + 1}, title` };
    all[materialField('url', row)] = { da: `Materiale ${row + 1}, adresse`, en: `Material ${row + 1}, address` };
  }
  return all;
}

/**
 * The agenda on its own page, as it is long: items and prep tasks as a line each, materials as rows of kind, title and
 * an optional address, with spare rows so several can be added without a script. Filled with the agenda set so far.
 */
export function cycleAgendaPage(context: PageContext, cycle: LaunchedCycle, state: FormState): Html {
  const { language } = context;
  const rows = materialRowCount(state.values);
  const all = labels(rows);
  const materialRows = Array.from({ length: rows }, (_, row) => {
    const legend = { da: `Materiale ${row + 1}`, en: `Material ${row + 1}` };
    return html`<fieldset class="material-row">
      <legend>${say(language, legend)}</legend>
      ${selectField(context, state, {
        name: materialField('kind', row),
        label: { da: 'Type', en: 'Kind' },
        choices: MATERIAL_KINDS.map((kind) => ({ value: kind, label: say(language, MATERIAL_KIND_NAMES[kind]) })),
      })}
      ${inputField(context, state, { name: materialField('title', row), label: { da: 'Titel', en: 'Title' } })}
      ${inputField(context, state, {
        name: materialField('url', row),
        type: 'url',
        label: { da: 'Adresse (valgfri)', en: 'Address (optional)' },
        hint: { da: 'Begynder med https://', en: 'Starts with https://' },
      })}
    </fieldset>`;
  });
  const body = html`<p>${say(language, { da: 'Tema', en: 'Theme' })}: <strong>${cycle.theme}</strong></p>
    ${errorSummary(context, state, all)}
    <form method="post" action="/chefgruppen/cykler/${cycle.id}/dagsorden" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${textArea(context, state, { name: 'items', label: all['items']!, hint: ENTRY_HINT, rows: 6 })}
      ${textArea(context, state, { name: 'prepTasks', label: all['prepTasks']!, hint: ENTRY_HINT, rows: 4 })}
      <h2>${say(language, { da: 'Materialer', en: 'Materials' })}</h2>
      <p class="hint">
        ${say(language, {
          da: 'Udfyld en række pr. materiale; tomme rækker springes over. Brug for flere? Gem, og åbn siden igen.',
          en: 'Fill in a row per material; empty rows are skipped. Need more? Save and open the page again.',
        })}
      </p>
      ${materialRows}
      <div class="actions">
        <button type="submit">${say(language, { da: 'Gem dagsordenen', en: 'Save the agenda' })}</button>
        <a href="/chefgruppen/cykler/${cycle.id}">${say(language, { da: 'Annullér', en: 'Cancel' })}</a>
      </div>
    </form>`;
  return layout(context, {
    title: { da: 'Dagsorden', en: 'Agenda' },
    body,
    hasErrors: Object.keys(state.errors).length > 0,
    trail: [
      { href: '/chefgruppen', label: { da: 'Cyklusser', en: 'Cycles' } },
      { href: `/chefgruppen/cykler/${cycle.id}`, label: { da: cycle.theme, en: cycle.theme } },
    ],
  });
}
