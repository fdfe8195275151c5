import { type CycleView, formatDate } from '@ledelsesrum/domain';
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
    <a class="button" href="${NEW_CYCLE}">${say(language, { da: 'Start en ny cyklus', en: 'Launch a new cycle' })}</a>
  </p>`;
  const body =
    cycles.length > 0
      ? html`${launch}
          <ul class="cards cycles">
            ${cycles.map((cycle) => cycleCard(context, cycle))}
          </ul>`
      : emptyState(context, hasGroups, launch);
  return layout(context, { title: { da: 'Cyklusser', en: 'Cycles' }, body });
}

function cycleCard(context: PageContext, cycle: CycleView): Html {
  const { language } = context;
  const { confirmed, total } = cycle.cascades;
  return html`<li>
    <h2><a href="/chefgruppen/cykler/${cycle.id}">${cycle.theme}</a></h2>
    <p>${say(language, { da: 'Mødedato', en: 'Meeting date' })}: ${formatDate(language, cycle.meetingDate)}</p>
    ${stagePipeline(context, cycle.stage, { da: `Stadie for ${cycle.theme}`, en: `Stage of ${cycle.theme}` })}
    <p class="coverage">
      ${say(language, {
        da: `${confirmed} af ${total} har bekræftet`,
        en: `${confirmed} of ${total} have confirmed`,
      })}
    </p>
  </li>`;
}

function emptyState(context: PageContext, hasGroups: boolean, launch: Html): Html {
  const { language } = context;
  if (!hasGroups) {
    return html`<div class="notice empty-state">
      <p>
        ${say(language, {
          da: 'Der er ingen cyklusser endnu, og organisationen har ingen grupper. Begynd med at importere organisationen: områder, ledere og de tværgående grupper.',
          en: 'There are no cycles yet, and the organisation has no groups. Start by importing the organisation: areas, leaders and the cross-cutting groups.',
        })}
      </p>
      <p>
        <a class="button" href="/chefgruppen/organisation"
          >${say(language, { da: 'Importér organisationen', en: 'Import the organisation' })}</a
        >
      </p>
    </div>`;
  }
  return html`<div class="notice empty-state">
      <p>
        ${say(language, {
          da: 'Der er ingen cyklusser endnu. Start den første møderunde: vælg tema, mødedato og de grupper, der deltager.',
          en: 'There are no cycles yet. Launch the first meeting round: choose the theme, the meeting date and the groups taking part.',
        })}
      </p>
    </div>
    ${launch}`;
}
