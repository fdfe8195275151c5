import { formatDate, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { shownName, shownWords } from '../../common/person-label';
import { say } from '../../common/text';
import { cascadeStatus, cascadeStatusTag } from '../../leader/cascade-status';
import type { ShownRecord } from './record-data';

const ORDER = { pending: 0, closed: 1, not_yet: 2, released: 3, confirmed: 4 } as const;

/**
 * Every leader of the cycle and where their cascade stands: confirmed (when they passed it on, how, and their
 * reflection), released, or still pending. The pending come first: they are who chefgruppen follows up.
 */
export function confirmationsSection(context: PageContext, cycle: LaunchedCycle, record: ShownRecord): Html {
  const { language } = context;
  const heading = html`<h2 id="bekraeftelser">${say(language, message('web.record.confirmations.title'))}</h2>`;
  if (!cycle.summary) {
    return html`${heading}
      <p class="muted">${say(language, message('web.record.confirmations.before-summary'))}</p>`;
  }
  const rows = cycle.participants
    .values()
    .map((participant) => ({
      id: participant.personId,
      name: shownName(language, record.names.person(participant.personId)),
      status: cascadeStatus(cycle, participant.personId) ?? 'not_yet',
      confirmation: record.confirmations.get(participant.personId),
    }))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name, 'da'));
  const columns = [
    message('web.record.confirmations.leader'),
    message('web.record.confirmations.status'),
    message('web.record.confirmations.passed-on'),
    message('web.record.confirmations.channel'),
    message('web.record.confirmations.reflection'),
  ];
  return html`${heading}
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="bekraeftelser">
      <table class="confirmations">
        <caption>
          ${say(language, message('web.record.confirmations.caption'))}
        </caption>
        <thead>
          <tr>
            ${columns.map((column) => html`<th scope="col">${say(language, column)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.name}</th>
                <td>${cascadeStatusTag(language, row.status)}</td>
                <td>${row.confirmation ? formatDate(language, row.confirmation.passedOnAt) : ''}</td>
                <td>${row.confirmation?.channel}</td>
                <td>${row.confirmation?.note ? shownWords(language, row.confirmation.note) : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
