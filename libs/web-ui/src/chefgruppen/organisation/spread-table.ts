import { LEADER_LEVELS, type Area, type GroupScore } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { createHash } from 'node:crypto';
import { danish } from '../../common/danish-content';
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
  // Every data cell names its headers (WCAG 1.3.1): its group's row, its column and the column's group above it,
  // since `scope` alone does not tie a cell to a header that spans several columns. The ids differ per table.
  const prefix = `spread-${createHash('sha256').update(say(language, input.caption)).digest('hex').slice(0, 8)}`;
  const header = (id: string, text: Text, span: number) =>
    html`<th id="${prefix}-${id}" scope="colgroup" colspan="${span}">${say(language, text)}</th>`;
  const column = (id: string, group: string, text: Html | string) =>
    html`<th id="${prefix}-${id}" headers="${prefix}-${group}" scope="col">${text}</th>`;
  const cell = (row: string, group: string | undefined, id: string, value: string | number) =>
    html`<td headers="${prefix}-g-${row} ${group ? `${prefix}-${group} ` : ''}${prefix}-${id}">${value}</td>`;
  const rows = input.groups.map((group, index) => {
    const score = scores.get(group.id);
    if (!score) return html``;
    return html`<tr>
      <th id="${prefix}-g-${index}" scope="row">${danish(context.language, group.name)}</th>
      ${cell(String(index), undefined, 'size', score.size)}
      ${areas.map((area, a) =>
        cell(String(index), 'areas', `area-${a}`, Object.hasOwn(score.areas, area.id) ? score.areas[area.id]! : 0),
      )}
      ${LEADER_LEVELS.map((level) => cell(String(index), 'levels', `level-${level}`, score.levels[level]))}
      ${cell(String(index), 'experience', 'experienced', score.experienced)}
      ${cell(String(index), 'experience', 'new', score.new)}
      ${cell(String(index), undefined, 'spread', `${Math.round(score.spread * 100)} %`)}
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
            <th id="${prefix}-group" scope="col" rowspan="2">${say(language, message('web.chefgruppen.common.group'))}</th>
            <th id="${prefix}-size" scope="col" rowspan="2">
              ${say(language, message('web.chefgruppen.organisation.common.people'))}
            </th>
            ${areas.length > 0 ? header('areas', message('web.chefgruppen.common.area'), areas.length) : ''}
            ${header('levels', message('web.chefgruppen.organisation.common.level'), LEADER_LEVELS.length)}
            ${header('experience', message('web.chefgruppen.organisation.common.experience'), 2)}
            <th id="${prefix}-spread" scope="col" rowspan="2">
              ${say(language, message('web.chefgruppen.organisation.spread-table.spread'))}
            </th>
          </tr>
          <tr>
            ${areas.map((area, a) => column(`area-${a}`, 'areas', danish(context.language, area.name)))}
            ${LEADER_LEVELS.map((level) =>
              column(`level-${level}`, 'levels', say(language, message(`web.chefgruppen.organisation.level.${level}`))),
            )}
            ${column('experienced', 'experience', say(language, message('web.chefgruppen.organisation.experience.experienced')))}
            ${column('new', 'experience', say(language, message('web.chefgruppen.organisation.experience.new')))}
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
