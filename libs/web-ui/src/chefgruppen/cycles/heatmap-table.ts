import { LEADER_LEVELS } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import type { HeatCell, PendingHeatmap, PendingLeader } from './heatmap';
import type { PeopleDirectory } from './people';

/**
 * The heatmap as a table (areas down, levels across) whose every cell says its numbers in words: the colour only
 * repeats what the text says. Below it, the names of the pending, so chefgruppen can see who to follow up.
 */
export function heatmapTable(context: PageContext, heatmap: PendingHeatmap, directory: PeopleDirectory): Html {
  const { language } = context;
  if (heatmap.rows.length === 0 && heatmap.pending.length === 0) return html``;
  // On a phone the table may scroll sideways in its box: a named region keyboard users can reach and scroll.
  const table = html`<div
    class="table-wrap"
    role="region"
    tabindex="0"
    aria-label="${say(language, message('web.chefgruppen.cycles.heatmap-table.region'))}"
  >
    <table class="table heatmap">
      <caption>
        ${say(language, message('web.chefgruppen.cycles.heatmap-table.caption'))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, message('web.chefgruppen.common.area'))}</th>
          ${LEADER_LEVELS.map((level) => html`<th scope="col">${say(language, message(`web.chefgruppen.cycles.people.level.${level}`))}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${heatmap.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${directory.areaName(row.areaId)}</th>
              ${LEADER_LEVELS.map((level) => heatCell(context, row.cells[level]))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
  return html`${table}${pendingList(context, heatmap.pending, directory)}`;
}

function heatCell(context: PageContext, cell: HeatCell): Html {
  const { language } = context;
  if (cell.participants === 0) {
    return html`<td class="heat-0"><span class="muted">${say(language, message('web.chefgruppen.cycles.heatmap-table.none'))}</span></td>`;
  }
  return html`<td class="heat-${cell.heat}">
    <span class="pending-count"
      >${say(language, message('web.chefgruppen.cycles.heatmap-table.pending-of', { pending: cell.pending, participants: cell.participants }))}</span
    >
    <span class="reminded-count"
      >${say(language, message('web.chefgruppen.cycles.heatmap-table.reminded', { reminded: cell.reminded }))}</span
    >
    <span class="escalated-count"
      >${say(language, message('web.chefgruppen.cycles.heatmap-table.escalated', { escalated: cell.escalated }))}</span
    >
  </td>`;
}

function pendingList(context: PageContext, pending: readonly PendingLeader[], directory: PeopleDirectory): Html {
  const { language } = context;
  if (pending.length === 0) {
    return html`<p>${say(language, message('web.chefgruppen.cycles.heatmap-table.nobody-is-pending'))}</p>`;
  }
  return html`<h3>${say(language, message('web.chefgruppen.cycles.heatmap-table.yet-to-confirm'))} (${pending.length})</h3>
    <ul class="pending-leaders">
      ${pending.map((leader) => {
        const where =
          leader.areaId !== undefined && leader.level !== undefined
            ? `${directory.areaName(leader.areaId)}, ${say(language, message(`web.chefgruppen.cycles.people.level.${leader.level}`)).toLowerCase()}`
            : say(language, message('web.chefgruppen.cycles.heatmap-table.no-longer-in-the-organisation'));
        return html`<li>
          ${directory.personName(leader.id)} <span class="muted">(${where})</span>
          ${
            leader.escalated
              ? html`<span class="badge badge-error">${say(language, message('web.chefgruppen.cycles.heatmap-table.legend.escalated'))}</span>`
              : leader.reminded
                ? html`<span class="badge badge-warning">${say(language, message('web.chefgruppen.cycles.heatmap-table.legend.reminded'))}</span>`
                : ''
          }
        </li>`;
      })}
    </ul>`;
}
