import { LEADER_LEVELS, type Area, type GroupScore } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';

export interface SpreadTableInput {
  readonly caption: Text;
  readonly groups: readonly { readonly id: string; readonly name: string }[];
  /** Scores as the composition computes them (scoreGroups, or a proposal's scores), matched to groups by id. */
  readonly scores: readonly GroupScore[];
  readonly areas: readonly Area[];
}

/**
 * How each group mixes areas, levels and experienced and new leaders: one row per group, its counts under grouped
 * column headers (area, level, experience), and the composition's spread score. The counts are all there as text, so
 * the score is never the only way to read the mix.
 */
export function spreadTable(context: PageContext, input: SpreadTableInput): Html {
  const { language } = context;
  const scores = new Map(input.scores.map((score) => [score.groupId, score]));
  // Only areas someone belongs to: the score counts those.
  const areas = input.areas.filter((area) => input.scores.some((score) => Object.hasOwn(score.areas, area.id)));
  const header = (text: Text, span: number) => html`<th scope="colgroup" colspan="${span}">${say(language, text)}</th>`;
  const column = (text: string) => html`<th scope="col">${text}</th>`;
  const rows = input.groups.map((group) => {
    const score = scores.get(group.id);
    if (!score) return html``;
    return html`<tr>
      <th scope="row">${group.name}</th>
      <td>${score.size}</td>
      ${areas.map((area) => html`<td>${Object.hasOwn(score.areas, area.id) ? score.areas[area.id] : 0}</td>`)}
      ${LEADER_LEVELS.map((level) => html`<td>${score.levels[level]}</td>`)}
      <td>${score.experienced}</td>
      <td>${score.new}</td>
      <td>${Math.round(score.spread * 100)} %</td>
    </tr>`;
  });
  // Focusable, so a keyboard can scroll the table where it is wider than the screen.
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${say(language, input.caption)}">
      <table class="table spread">
        <caption>
          ${say(language, input.caption)}
        </caption>
        <colgroup span="2"></colgroup>
        ${areas.length > 0 ? html`<colgroup span="${areas.length}"></colgroup>` : ''}
        <colgroup span="${LEADER_LEVELS.length}"></colgroup>
        <colgroup span="2"></colgroup>
        <colgroup></colgroup>
        <thead>
          <tr>
            <th scope="col" rowspan="2">${say(language, message('web.chefgruppen.common.group'))}</th>
            <th scope="col" rowspan="2">${say(language, message('web.chefgruppen.organisation.common.people'))}</th>
            ${areas.length > 0 ? header(message('web.chefgruppen.common.area'), areas.length) : ''}
            ${header(message('web.chefgruppen.organisation.common.level'), LEADER_LEVELS.length)}
            ${header(message('web.chefgruppen.organisation.common.experience'), 2)}
            <th scope="col" rowspan="2">${say(language, message('web.chefgruppen.organisation.spread-table.spread'))}</th>
          </tr>
          <tr>
            ${areas.map((area) => column(area.name))}
            ${LEADER_LEVELS.map((level) => column(say(language, message(`web.chefgruppen.organisation.level.${level}`))))}
            ${column(say(language, message('web.chefgruppen.organisation.experience.experienced')))} ${column(say(language, message('web.chefgruppen.organisation.experience.new')))}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    <p class="hint">
      ${say(language, message('web.chefgruppen.organisation.spread-table.hint'))}
    </p>`;
}
