import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';

/** The file's columns as docs/organisation.md describes them (libs/organisation-csv reads them): Danish names, English too. */
const COLUMNS: readonly { readonly names: string; readonly required: boolean; readonly meaning: Text }[] = [
  {
    names: 'id',
    required: true,
    meaning: { da: 'personens id, det samme over tid (fx lønnummer)', en: 'the person’s id, stable over time' },
  },
  {
    names: 'navn (name), email',
    required: true,
    meaning: { da: 'gemmes krypteret med personens egen nøgle', en: 'stored encrypted with the person’s own key' },
  },
  {
    names: 'område_id (area_id), område (area)',
    required: true,
    meaning: { da: 'områdets id og navn', en: 'the area’s id and name' },
  },
  {
    names: 'niveau (level)',
    required: true,
    meaning: { da: 'direktør, chef eller leder', en: 'direktør, chef or leder' },
  },
  { names: 'erfaren (experienced)', required: true, meaning: { da: 'ja eller nej', en: 'ja or nej (yes or no)' } },
  {
    names: 'leder_id (manager_id)',
    required: false,
    meaning: { da: 'id på nærmeste leder', en: 'the direct manager’s id' },
  },
  {
    names: 'gruppe_id (group_id), gruppe (group)',
    required: false,
    meaning: { da: 'ledelsesgruppen, personen er i', en: 'the leadership group the person is in' },
  },
  {
    names: 'facilitator',
    required: false,
    meaning: {
      da: 'ja på den ene linje pr. gruppe, hvis person faciliterer den (chef eller direktør)',
      en: 'ja on the one row per group whose person facilitates it (a chef or direktør)',
    },
  },
  {
    names: 'sprog (language)',
    required: false,
    meaning: {
      da: 'da eller en: sproget i personens beskeder; tom er dansk',
      en: 'da or en: the language of the person’s messages; empty is Danish',
    },
  },
];

/** What the file must hold, folded away until asked for (a details element needs no script). */
export function importColumns(context: PageContext): Html {
  const { language } = context;
  return html`<details class="panel">
    <summary>${say(language, { da: 'Kolonnerne i filen', en: 'The file’s columns' })}</summary>
    <p>
      ${say(language, {
        da: 'Én linje pr. person, med en overskrift. Gem fra Excel som "CSV (semikolonsepareret)"; UTF-8 og Windows-1252 virker begge. Filen indlæses helt eller slet ikke; personer, der ikke er med i filen, registreres som fratrådt. Uden gruppekolonner bliver grupperne, som de er, og uden sprog-kolonnen bliver sprogene, som de er.',
        en: 'One row per person, with a header. Save from Excel as "CSV (semicolon separated)"; UTF-8 and Windows-1252 both work. The file is applied whole or not at all; people missing from the file are recorded as having left. Without group columns the groups stay as they are, and without the language column the languages do.',
      })}
    </p>
    <div class="table-wrap" role="region" tabindex="0" aria-label="${say(language, { da: 'Kolonner', en: 'Columns' })}">
      <table>
        <caption>
          ${say(language, { da: 'Kolonner', en: 'Columns' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${say(language, { da: 'Kolonne', en: 'Column' })}</th>
            <th scope="col">${say(language, { da: 'Skal med', en: 'Required' })}</th>
            <th scope="col">${say(language, { da: 'Betydning', en: 'Meaning' })}</th>
          </tr>
        </thead>
        <tbody>
          ${COLUMNS.map(
            (column) =>
              html`<tr>
                <th scope="row"><code>${column.names}</code></th>
                <td>${say(language, column.required ? { da: 'Ja', en: 'Yes' } : { da: 'Nej', en: 'No' })}</td>
                <td>${say(language, column.meaning)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
