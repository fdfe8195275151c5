import type { CsvProblem } from '@ledelsesrum/organisation-csv';
import { MAX_IMPORT_BYTES } from '@ledelsesrum/organisation-csv';
import { csvProblemText, message } from '@ledelsesrum/messages';
import { csrfField, errorSummary, textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { importColumns } from './import-columns';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import { IMPORT_FILE_FIELD } from './upload';

const LABELS: Readonly<Record<string, Text>> = {
  [IMPORT_FILE_FIELD]: message('web.chefgruppen.organisation.import.label.file'),
  csv: message('web.chefgruppen.organisation.import.label.csv'),
};

/** A refused import: its problems by line and column. */
export interface ImportRefusal {
  readonly problems: readonly CsvProblem[];
}

/**
 * `GET/POST /chefgruppen/organisation/import`: upload the spreadsheet's CSV, or paste its text. A refused file comes
 * back with every problem by line — the line itself beside it — and its text in the text field to be fixed there.
 */
export function organisationImportPage(context: PageContext, state: FormState, refusal?: ImportRefusal): Html {
  const { language } = context;
  const text = typeof state.values['csv'] === 'string' ? state.values['csv'] : '';
  return layout(context, {
    title: message('web.chefgruppen.organisation.common.import-the-organisation'),
    trail: ORGANISATION_TRAIL,
    hasErrors: Object.keys(state.errors).length > 0 || refusal !== undefined,
    body: html`${refusal ? problemList(context, refusal, text) : errorSummary(context, state, LABELS)}
      <p>
        ${say(language, message('web.chefgruppen.organisation.import.choose-the-spreadsheets-csv-file'))}
      </p>
      ${importColumns(context)}
      <p>
        <a href="${organisationPaths.csvTemplate}" download
          >${say(language, message('web.chefgruppen.organisation.files.template'))}</a
        >
        — ${say(language, message('web.chefgruppen.organisation.files.template-hint'))}
      </p>
      <form method="post" action="${organisationPaths.import}" enctype="multipart/form-data" novalidate>
        ${csrfField(context)} ${fileField(context, state)}
        ${textArea(context, state, {
          name: 'csv',
          label: LABELS['csv']!,
          hint: refusal
            ? message('web.chefgruppen.organisation.import.refused-text')
            : message('web.chefgruppen.organisation.import.csv-hint'),
          rows: 12,
          value: text,
        })}
        <div class="actions">
          <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.organisation.import.import'))}</button>
          <a href="${organisationPaths.overview}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
        </div>
      </form>`,
  });
}

/** A file input laid out like the other fields (form-fields.ts has none: no other form takes a file). */
function fileField(context: PageContext, state: FormState): Html {
  const { language } = context;
  const name = IMPORT_FILE_FIELD;
  const error = state.errors[name];
  const described = `${name}-hint${error ? ` ${name}-error` : ''}`;
  return html`<div class="field${error ? ' invalid' : ''}">
    <label for="${name}">${say(language, LABELS[name]!)}</label>
    <p class="hint" id="${name}-hint">
      ${say(language, message('web.chefgruppen.organisation.import.file-hint', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }))}
    </p>
    ${error ? html`<p class="error" id="${name}-error">${say(language, error)}</p>` : ''}
    <input
      type="file"
      id="${name}"
      name="${name}"
      accept=".csv,text/csv"
      aria-describedby="${described}"
      ${error ? html` aria-invalid="true"` : ''}
    />
  </div>`;
}

function problemList(context: PageContext, refusal: ImportRefusal, text: string): Html {
  const { language } = context;
  const lines = text.split(/\r\n|\r|\n/);
  return html`<div class="summary-errors" role="alert" tabindex="-1" autofocus>
    <h2>${say(language, message('api.organisation.import.not-imported'))}</h2>
    <div class="table-wrap">
      <table class="table">
        <caption>
          ${say(language, message('web.chefgruppen.organisation.import.problems', { count: refusal.problems.length }))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${say(language, message('web.chefgruppen.organisation.import.line'))}</th>
            <th scope="col">${say(language, message('web.chefgruppen.organisation.common.column'))}</th>
            <th scope="col">${say(language, message('web.chefgruppen.organisation.import.problem'))}</th>
            <th scope="col">${say(language, message('web.chefgruppen.organisation.import.the-line-in-the-file'))}</th>
          </tr>
        </thead>
        <tbody>
          ${refusal.problems.map(
            (problem) =>
              html`<tr>
                <th scope="row"><a href="#csv">${problem.line}</a></th>
                <td>${problem.column ?? '–'}</td>
                <td>${say(language, csvProblemText(problem))}</td>
                <td><code>${lines[problem.line - 1] ?? ''}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}
