import { formatDate, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { shownName, shownWords } from '../../common/person-label';
import { say, type Text } from '../../common/text';
import { cascadeStatus, type CascadeStatus } from '../../leader/cascade-status';
import type { ShownRecord } from './record-data';

/** Each status in chefgruppen's words, its tag, and its place: the pending first, as they are who is followed up. */
const STATUS: Readonly<Record<CascadeStatus, { readonly text: Text; readonly tag: string; readonly order: number }>> = {
  pending: { text: message('web.record.confirmations.pending'), tag: 'badge badge-warning', order: 0 },
  closed: { text: message('web.record.confirmations.exception'), tag: 'badge badge-error', order: 1 },
  not_yet: { text: message('web.record.confirmations.not-yet'), tag: 'badge', order: 2 },
  released: { text: message('web.record.confirmations.released'), tag: 'badge', order: 3 },
  confirmed: { text: message('web.record.confirmations.confirmed'), tag: 'badge badge-success', order: 4 },
};

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
    .sort((a, b) => STATUS[a.status].order - STATUS[b.status].order || a.name.localeCompare(b.name, 'da'));
  const columns = [
    message('web.record.confirmations.leader'),
    message('web.record.confirmations.status'),
    message('web.record.confirmations.passed-on'),
    message('web.record.confirmations.channel'),
    message('web.record.confirmations.reflection'),
  ];
  return html`${heading}
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="bekraeftelser">
      <table class="table table--compact confirmations">
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
                <td><span class="${STATUS[row.status].tag}">${say(language, STATUS[row.status].text)}</span></td>
                <td>${row.confirmation ? formatDate(language, row.confirmation.passedOnAt) : ''}</td>
                <td>${row.confirmation?.channel}</td>
                <td>${row.confirmation?.note ? shownWords(language, row.confirmation.note) : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
