import { type LaunchedCycle, formatDateTime } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import type { PeopleDirectory } from './people';

/** Every group of the cycle with its facilitator (as at launch) and whether its meeting is recorded yet. */
export function meetingsTable(context: PageContext, cycle: LaunchedCycle, directory: PeopleDirectory): Html {
  const { language } = context;
  // On a phone the table may scroll sideways in its box: a named region keyboard users can reach and scroll.
  return html`<div
    class="table-wrap"
    role="region"
    tabindex="0"
    aria-label="${say(language, message('web.chefgruppen.cycles.meetings-table.the-groups-meetings'))}"
  >
    <table class="table meetings">
      <caption>
        ${say(language, message('web.chefgruppen.cycles.meetings-table.the-groups-meetings'))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, message('web.chefgruppen.common.group'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.common.facilitator'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.cycles.common.meeting'))}</th>
        </tr>
      </thead>
      <tbody>
        ${cycle.groups.map(
          (group) =>
            html`<tr>
              <th scope="row">${directory.groupName(group.id)}</th>
              <td>${directory.personName(group.facilitatorId)}</td>
              <td>
                ${
                  group.meeting
                    ? html`<span class="badge badge-success">${say(language, message('web.chefgruppen.cycles.meetings-table.held'))}</span>
                        ${formatDateTime(language, group.meeting.heldAt)}`
                    : html`<span class="badge badge-warning">${say(language, message('web.chefgruppen.cycles.meetings-table.waiting'))}</span>`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
