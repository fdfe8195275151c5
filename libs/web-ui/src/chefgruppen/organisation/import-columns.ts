import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';

/** The file's columns as docs/organisation.md describes them (libs/organisation-csv reads them): Danish names, English too. */
const COLUMNS: readonly { readonly names: string; readonly required: boolean; readonly meaning: Text }[] = [
  {
    names: 'id',
    required: true,
    meaning: message('web.chefgruppen.organisation.import-columns.column.id'),
  },
  {
    names: 'navn (name), email',
    required: true,
    meaning: message('web.chefgruppen.organisation.import-columns.column.name-email'),
  },
  {
    names: 'område_id (area_id), område (area)',
    required: true,
    meaning: message('web.chefgruppen.organisation.import-columns.column.area'),
  },
  {
    names: 'niveau (level)',
    required: true,
    meaning: message('web.chefgruppen.organisation.import-columns.column.level'),
  },
  {
    names: 'erfaren (experienced)',
    required: true,
    meaning: message('web.chefgruppen.organisation.import-columns.column.experienced'),
  },
  {
    names: 'leder_id (manager_id)',
    required: false,
    meaning: message('web.chefgruppen.organisation.import-columns.column.manager'),
  },
  {
    names: 'gruppe_id (group_id), gruppe (group)',
    required: false,
    meaning: message('web.chefgruppen.organisation.import-columns.column.group'),
  },
  {
    names: 'facilitator',
    required: false,
    meaning: message('web.chefgruppen.organisation.import-columns.column.facilitator'),
  },
  {
    names: 'sprog (language)',
    required: false,
    meaning: message('web.chefgruppen.organisation.import-columns.column.language'),
  },
  {
    names: 'arbejdsplads (workplace)',
    required: false,
    meaning: message('web.chefgruppen.organisation.import-columns.column.workplace'),
  },
  {
    names: 'personale_email (staff_email)',
    required: false,
    meaning: message('web.chefgruppen.organisation.import-columns.column.staff-address'),
  },
];

/** What the file must hold, folded away until asked for (a details element needs no script). */
export function importColumns(context: PageContext): Html {
  const { language } = context;
  return html`<details class="panel">
    <summary>${say(language, message('web.chefgruppen.organisation.import-columns.the-files-columns'))}</summary>
    <p>
      ${say(language, message('web.chefgruppen.organisation.import-columns.intro'))}
    </p>
    <div class="table-wrap" role="region" tabindex="0" aria-label="${say(language, message('web.chefgruppen.organisation.import-columns.columns'))}">
      <table class="table">
        <caption>
          ${say(language, message('web.chefgruppen.organisation.import-columns.columns'))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${say(language, message('web.chefgruppen.organisation.common.column'))}</th>
            <th scope="col">${say(language, message('web.chefgruppen.organisation.import-columns.required'))}</th>
            <th scope="col">${say(language, message('web.chefgruppen.organisation.import-columns.meaning'))}</th>
          </tr>
        </thead>
        <tbody>
          ${COLUMNS.map(
            (column) =>
              html`<tr>
                <th scope="row"><code>${column.names}</code></th>
                <td>${say(language, column.required ? message('web.chefgruppen.organisation.import-columns.yes') : message('web.chefgruppen.organisation.import-columns.no'))}</td>
                <td>${say(language, column.meaning)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
