import { LEADER_LEVELS, shownCount } from '@ledelsesrum/domain';
import { message, type Bilingual } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import type { CyclePageData } from './page-data';

/** How many answers a cell holds, as shown: from the threshold up the count, else "under N"; never a smaller number. */
function countText(count: number, min: number): Bilingual {
  const shown = shownCount(count, min);
  return shown === undefined ? message('web.workplace.reach.under', { min }) : { da: String(shown), en: String(shown) };
}

/** How warm a reach cell is: 0 under the threshold (nothing to say), 1 up to twice it, 2 beyond. */
function reachHeat(count: number, min: number): 0 | 1 | 2 {
  if (shownCount(count, min) === undefined) return 0;
  return count < 2 * min ? 1 : 2;
}

/**
 * How far the round reached the staff, beside the leaders' own confirmations: the anonymous answers per area and level
 * (a heatmap like the cascade's) and per workplace. Every count under the threshold reads "under N", so no cell can
 * point at a person. Only once the summary is out, as before that there is no workplace page to answer on.
 */
export function reachSection(context: PageContext, data: CyclePageData): Html {
  const { state, directory, reach, minAnswers: min } = data;
  if (!state.summary) return html``;
  const t = (text: Bilingual) => say(context.language, text);
  const areaIds = [...new Set([...reach.byAreaLevel.keys(), ...directory.areaIds()])];
  const heatmap = html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t(message('web.workplace.reach.heatmap-region'))}">
    <table class="table heatmap reach-heatmap">
      <caption>
        ${t(message('web.workplace.reach.heatmap-caption'))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(message('web.chefgruppen.common.area'))}</th>
          ${LEADER_LEVELS.map((level) => html`<th scope="col">${t(message(`web.chefgruppen.cycles.people.level.${level}`))}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${areaIds.map((areaId) => {
          const counts = reach.byAreaLevel.get(areaId) ?? {};
          return html`<tr>
            <th scope="row">${directory.areaName(areaId)}</th>
            ${LEADER_LEVELS.map((level) => {
              const count = counts[level] ?? 0;
              return html`<td class="reach-${reachHeat(count, min)}">${t(countText(count, min))}</td>`;
            })}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
  const workplaces = html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t(message('web.workplace.reach.workplaces-caption'))}">
    <table class="table">
      <caption>
        ${t(message('web.workplace.reach.workplaces-caption'))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(message('web.workplace.reach.workplace'))}</th>
          <th scope="col">${t(message('web.workplace.reach.confirmed'))}</th>
          <th scope="col">${t(message('web.workplace.reach.answers'))}</th>
        </tr>
      </thead>
      <tbody>
        ${state.participants.values().map((participant) => {
          const id = participant.personId;
          const workplace = directory.person(id)?.workplace;
          return html`<tr>
            <th scope="row">${workplace ? `${workplace} (${directory.personName(id)})` : directory.personName(id)}</th>
            <td>${t(message(participant.cascade ? 'web.workplace.reach.yes' : 'web.workplace.reach.no'))}</td>
            <td>${t(countText(reach.byWorkplace.get(id) ?? 0, min))}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
  return html`<h2 id="raekkevidde">${t(message('web.workplace.reach.title'))}</h2>
    <p>${t(message('web.workplace.reach.intro', { min }))}</p>
    <p class="reach-total">${t(message('web.workplace.reach.total', { count: countText(reach.total, min) }))}</p>
    ${heatmap} ${workplaces}`;
}
