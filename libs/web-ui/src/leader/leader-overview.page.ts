import { type LaunchedCycle, formatDate } from '@ledelsesrum/domain';
import { danish } from '../common/danish-content';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { deadlineText } from '../common/cascade-deadline';
import { layout } from '../common/layout';
import { markdown } from '../common/markdown';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { cascadeStatus, cascadeStatusTag } from './cascade-status';
import { STAGE_NAMES } from '../common/stage-names';

/** The leader's start page: every meeting round they take part in, and where their own cascade stands. */
export function leaderOverviewPage(context: PageContext, cycles: readonly LaunchedCycle[], personId: string): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const cards = cycles.map((cycle) => {
    const status = cascadeStatus(cycle, personId) ?? 'not_yet';
    return html`<li>
      <h2><a href="/leder/cykler/${cycle.id}">${danish(context.language, cycle.theme)}</a></h2>
      <dl class="facts">
        <dt>${t(message('web.common.cycle.meeting-date'))}</dt>
        <dd>${formatDate(language, cycle.meetingDate)}</dd>
        <dt>${t(message('web.common.cycle.stage'))}</dt>
        <dd>${t(STAGE_NAMES[cycle.stage])}</dd>
        <dt>${t(message('web.leader.cycle.cascade'))}</dt>
        <dd>${cascadeStatusTag(language, status)}</dd>
        <dt>${t(message('web.record.deadline'))}</dt>
        <dd>${deadlineText(language, cycle)}</dd>
      </dl>
      ${
        cycle.summary
          ? html`<details class="summary-text">
              <summary>${t(message('web.leader.summary.title'))}</summary>
              ${markdown(cycle.summary.text)}
            </details>`
          : ''
      }
    </li>`;
  });
  return layout(context, {
    title: message('web.common.menu.leader'),
    body: cycles.length
      ? html`<ul class="cards">
          ${cards}
        </ul>`
      : html`<p>
          ${t(message('web.leader.overview.none'))}
        </p>`,
  });
}
