import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { coverageChart, coverageSentence, cycleCoverage, groupCoverage } from './coverage-chart';
import { pendingHeatmap } from './heatmap';
import { heatmapTable } from './heatmap-table';
import type { CyclePageData } from './page-data';

/**
 * How far the leaders' cascade has come: the whole cycle in a sentence, a bar per group, and where the pending are
 * by area and level. Before the summary nobody can confirm yet, and the page says so instead of showing empty bars.
 */
export function cascadeSection(context: PageContext, data: CyclePageData): Html {
  const { language } = context;
  const { state, directory } = data;
  const heading = html`<h2 id="videreformidling">${say(language, message('web.chefgruppen.cycles.cascade-section.cascade'))}</h2>`;
  if (!state.summary) {
    return html`${heading}
      <p class="muted">
        ${say(language, message('web.chefgruppen.cycles.cascade-section.who-can-confirm', { size: state.participants.size }))}
      </p>`;
  }
  return html`${heading}
    <p class="coverage-total">${coverageSentence(context, cycleCoverage(state))}</p>
    <ul class="coverage-groups">
      ${state.groups.map((group) => {
        const name = directory.groupName(group.id);
        return html`<li>
          <h3>${name}</h3>
          ${coverageChart(context, name, groupCoverage(state, group.id))}
        </li>`;
      })}
    </ul>
    ${heatmapTable(context, pendingHeatmap(state, directory), directory)}`;
}
