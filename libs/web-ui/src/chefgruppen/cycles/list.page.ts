import { type CycleView, formatDate } from '@ledelsesrum/domain';
import { danish } from '../../common/danish-content';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { stagePipeline } from './stages';

const NEW_CYCLE = '/chefgruppen/cykler/ny';

/**
 * Chefgruppen's start page: every cycle, the newest meeting date first, each with where it stands. With none yet it
 * says what to do first: import the organisation, or (once there are groups) launch the first cycle.
 */
export function cyclesListPage(context: PageContext, cycles: readonly CycleView[], hasGroups: boolean): Html {
  const { language } = context;
  const launch = html`<p class="actions">
    <a class="button button-primary" href="${NEW_CYCLE}">${say(language, message('web.chefgruppen.cycles.common.launch-a-new-cycle'))}</a>
  </p>`;
  const body =
    cycles.length > 0
      ? html`${launch}
          <ul class="cards cycles">
            ${cycles.map((cycle) => cycleCard(context, cycle))}
          </ul>`
      : emptyState(context, hasGroups, launch);
  return layout(context, { title: message('web.chefgruppen.cycles.common.cycles'), body });
}

function cycleCard(context: PageContext, cycle: CycleView): Html {
  const { language } = context;
  const { confirmed, total } = cycle.cascades;
  return html`<li>
    <h2><a href="/chefgruppen/cykler/${cycle.id}">${danish(context.language, cycle.theme)}</a></h2>
    <p>${say(language, message('web.chefgruppen.cycles.common.meeting-date'))}: ${formatDate(language, cycle.meetingDate)}</p>
    ${stagePipeline(context, cycle.stage, message('web.chefgruppen.cycles.list.stage-of', { theme: cycle.theme }))}
    <p class="coverage">
      ${say(language, message('web.chefgruppen.cycles.list.confirmed-of', { confirmed, total }))}
    </p>
  </li>`;
}

function emptyState(context: PageContext, hasGroups: boolean, launch: Html): Html {
  const { language } = context;
  if (!hasGroups) {
    return html`<div class="alert alert-info notice empty-state">
      <p>
        ${say(language, message('web.chefgruppen.cycles.list.empty-without-groups'))}
      </p>
      <p>
        <a class="button button-primary" href="/chefgruppen/organisation"
          >${say(language, message('web.chefgruppen.cycles.common.import-the-organisation'))}</a
        >
      </p>
    </div>`;
  }
  return html`<div class="alert alert-info notice empty-state">
      <p>
        ${say(language, message('web.chefgruppen.cycles.list.empty'))}
      </p>
    </div>
    ${launch}`;
}
