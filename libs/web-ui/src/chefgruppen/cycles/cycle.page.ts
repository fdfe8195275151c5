import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import type { CycleActionForms } from './action-form';
import { cycleActions } from './actions';
import { agendaSummary } from './agenda-summary';
import { cascadeSection } from './cascade-section';
import { reachSection } from './reach-section';
import { confirmationsSection } from './confirmations-section';
import { cycleFacts } from './facts';
import { groupMeetingsSection } from './group-meetings-section';
import { inputSection } from './input-section';
import { meetingsTable } from './meetings-table';
import type { CyclePageData } from './page-data';
import { stagePipeline } from './stages';
import { summarySection } from './summary-section';
import { printLinks } from '../../print/print-links';

/**
 * One cycle as chefgruppen steers it: where it stands, when things happen, the groups' meetings, the cascade and
 * where it is stuck, what the groups sent up, and the actions of the current stage. `forms` holds an action's form
 * shown again with its errors.
 */
export function cyclePage(context: PageContext, data: CyclePageData, forms: CycleActionForms = {}): Html {
  const { language } = context;
  const { state, details, directory } = data;
  const hasErrors = Object.values(forms).some((form) => Object.keys(form.errors).length > 0);
  const body = html`${stagePipeline(context, state.stage, message('web.chefgruppen.cycles.cycle.the-cycles-stage'))}
    ${cycleFacts(context, state, details)}
    <section class="panel cycle-actions">${cycleActions(context, state, directory, forms)}</section>
    ${summarySection(context, state)} ${agendaSummary(context, state)}
    <h2>${say(language, message('web.chefgruppen.cycles.cycle.meetings'))}</h2>
    ${meetingsTable(context, state, directory)} ${groupMeetingsSection(context, state, data.record)}
    ${cascadeSection(context, data)} ${reachSection(context, data)} ${confirmationsSection(context, state, data.record)}
    ${inputSection(context, data.input, directory)} ${printLinks(context, state)}
    <p>
      <a href="/revision/cykler/${state.id}"
        >${say(language, message('web.chefgruppen.cycles.cycle.timeline'))}</a
      >
    </p>`;
  return layout(context, {
    title: { da: state.theme, en: state.theme },
    body,
    hasErrors,
    trail: [{ href: '/chefgruppen', label: message('web.chefgruppen.cycles.common.cycles') }],
  });
}
