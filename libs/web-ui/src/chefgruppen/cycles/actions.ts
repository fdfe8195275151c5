import { pendingIds, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { EMPTY_FORM, errorSummary, textArea } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { ACTION_LABELS, CLOSE_REASON_HINT, actionForm, type CycleActionForms } from './action-form';
import type { PeopleDirectory } from './people';
import { releaseForm } from './release-form';
import { correctionsSection } from './corrections-section';
import { releasedIds, undoReleaseForm } from './undo-release-form';

/**
 * What chefgruppen can do with the cycle at its current stage: set the agenda (on its own page); send prep now,
 * publish the summary and close the cycle, each through a step that shows what it will do first (AskFirstController);
 * and, while the leaders are asked to confirm, release a pending person. Closing comes last: it cannot be undone.
 */
export function cycleActions(
  context: PageContext,
  cycle: LaunchedCycle,
  directory: PeopleDirectory,
  forms: CycleActionForms,
): Html {
  const { language } = context;
  const base = `/chefgruppen/cykler/${cycle.id}`;
  const form = (action: string, fields: Html, button: Html) => actionForm(context, cycle.id, action, fields, button);
  const byName = (a: string, b: string) => directory.personName(a).localeCompare(directory.personName(b), 'da');
  const pending = pendingIds(cycle).sort(byName);
  const parts: Html[] = [];
  if (cycle.stage === 'launched' || cycle.stage === 'agenda_set') {
    const label =
      cycle.stage === 'launched'
        ? message('web.chefgruppen.cycles.actions.set-the-agenda')
        : message('web.chefgruppen.cycles.actions.change-the-agenda');
    parts.push(
      html`<p class="actions"><a class="button button-primary" href="${base}/dagsorden">${say(language, label)}</a></p>`,
    );
  }
  if (cycle.stage === 'agenda_set') {
    parts.push(
      html`<p>
          ${say(language, message('web.chefgruppen.cycles.actions.prep-goes-out-by-itself'))}
        </p>
        <p class="actions">
          <a class="button button-primary" href="${base}/forberedelse">${say(language, message('web.ask-first.prep.open'))}</a>
        </p>`,
    );
  }
  if (cycle.stage === 'prep_sent') {
    parts.push(
      html`<p>
        ${say(language, message('web.chefgruppen.cycles.actions.waiting-for-meetings'))}
      </p>`,
    );
  }
  if (cycle.stage === 'meetings_held') {
    const state = forms.summary ?? EMPTY_FORM;
    parts.push(
      html`<h3>${say(language, message('web.chefgruppen.cycles.actions.publish-the-summary'))}</h3>
        ${errorSummary(context, state, ACTION_LABELS)}
        ${form(
          'opsamling/forhaandsvisning',
          textArea(context, state, {
            name: 'summaryText',
            label: ACTION_LABELS['summaryText']!,
            hint: message('web.chefgruppen.cycles.actions.summary-text.hint'),
            rows: 10,
          }),
          html`<button type="submit" class="button button-primary">${say(language, message('web.ask-first.summary.preview'))}</button>`,
        )}`,
    );
  }
  // A release means something only while the leaders are asked to confirm, and only for one who has not.
  if (cycle.stage === 'summary_published' && pending.length > 0)
    parts.push(releaseForm(context, cycle.id, pending, directory, forms.release));
  const released = releasedIds(cycle).sort(byName);
  if (cycle.stage === 'summary_published' && released.length > 0)
    parts.push(undoReleaseForm(context, cycle.id, released, directory, forms.undoRelease));
  if (cycle.stage === 'summary_published') {
    const state = forms.close ?? EMPTY_FORM;
    parts.push(
      html`<h3>${say(language, message('web.chefgruppen.cycles.actions.close-the-cycle'))}</h3>
        <p class="alert alert-info notice">
          ${say(language, message('web.chefgruppen.cycles.actions.close-with-exceptions', { pendingCount: pending.length }))}
        </p>
        ${errorSummary(context, state, ACTION_LABELS)}
        ${form(
          'luk/bekraeft',
          textArea(context, state, {
            name: 'closeReason',
            label: ACTION_LABELS['closeReason']!,
            hint: CLOSE_REASON_HINT,
            rows: 3,
            maxLength: 500,
          }),
          html`<button type="submit" class="button button-secondary warning">
            ${say(language, message('web.ask-first.close.open'))}
          </button>`,
        )}`,
    );
  }
  if (cycle.stage === 'completed') {
    parts.push(html`<p>${say(language, message('web.chefgruppen.cycles.actions.the-cycle-is-completed'))}</p>`);
  }
  parts.push(correctionsSection(context, cycle, directory));
  return html`<h2>${say(language, message('web.chefgruppen.cycles.actions.actions'))}</h2>
    ${parts}`;
}
