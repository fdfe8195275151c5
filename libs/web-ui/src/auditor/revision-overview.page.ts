import { cycleStreamId, type CycleView, formatDate } from '@ledelsesrum/domain';
import type { FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { STAGE_NAMES } from '../common/stage-names';
import { exportSection } from './export-form';
import { exportHref } from './export-links';

/** The cycles, newest meeting first, each a link to its timeline and its own export. */
function cyclesTable(context: PageContext, cycles: readonly CycleView[]): Html {
  const { language } = context;
  if (cycles.length === 0) {
    return html`<p>${say(language, { da: 'Der er ingen cyklusser endnu.', en: 'There are no cycles yet.' })}</p>`;
  }
  const sorted = [...cycles].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.id.localeCompare(b.id));
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${say(language, { da: 'Cyklusser og deres historik', en: 'Cycles and their history' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, { da: 'Tema', en: 'Theme' })}</th>
          <th scope="col">${say(language, { da: 'Mødedato', en: 'Meeting date' })}</th>
          <th scope="col">${say(language, { da: 'Fase', en: 'Stage' })}</th>
          <th scope="col">${say(language, { da: 'Seneste revision', en: 'Latest revision' })}</th>
          <th scope="col">${say(language, { da: 'Eksport', en: 'Export' })}</th>
        </tr>
      </thead>
      <tbody>
        ${sorted.map(
          (cycle) =>
            html`<tr>
              <td><a href="/revision/cykler/${encodeURIComponent(cycle.id)}">${cycle.theme}</a></td>
              <td>${formatDate(language, cycle.meetingDate)}</td>
              <td>${say(language, STAGE_NAMES[cycle.stage])}</td>
              <td>${cycle.revision}</td>
              <td>
                <a href="${exportHref('csv', cycleStreamId(cycle.id))}">CSV</a>,
                <a href="${exportHref('jsonl', cycleStreamId(cycle.id))}">JSON Lines</a>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * The auditor's start page: every cycle with a way into its full history, the check that the event log was not
 * altered, and the export. `exportForm` carries the export form's errors when it is shown again.
 */
export function revisionOverviewPage(context: PageContext, cycles: readonly CycleView[], exportForm: FormState): Html {
  const { language } = context;
  return layout(context, {
    title: { da: 'Revision', en: 'Audit' },
    hasErrors: Object.keys(exportForm.errors).length > 0,
    body: html`<p>
        ${say(language, {
          da: 'Her kan du følge hver cyklus hændelse for hændelse, kontrollere at hændelsesloggen ikke er ændret, og hente hændelserne til din egen gennemgang.',
          en: 'Here you can follow each cycle event by event, check that the event log was not altered, and download the events for your own review.',
        })}
      </p>
      <section class="panel" aria-labelledby="kontrol">
        <h2 id="kontrol">${say(language, { da: 'Kontrol af hash-kæden', en: 'Hash chain check' })}</h2>
        <p>
          ${say(language, {
            da: 'Efterregner hver hændelses hash og kædens led fra det gemte indhold. Et ændret, slettet, indsat eller flyttet led findes.',
            en: 'Recomputes every event’s hash and the chain’s links from what is stored. A changed, deleted, inserted or moved link is found.',
          })}
        </p>
        <form method="get" action="/revision/kontrol">
          <button type="submit">${say(language, { da: 'Kontrollér kæden nu', en: 'Check the chain now' })}</button>
        </form>
      </section>
      <section aria-labelledby="cyklusser">
        <h2 id="cyklusser">${say(language, { da: 'Cyklusser', en: 'Cycles' })}</h2>
        ${cyclesTable(context, cycles)}
      </section>
      ${exportSection(context, cycles, exportForm)}`,
  });
}
