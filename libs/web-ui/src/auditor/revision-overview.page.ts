import { cycleStreamId, type CycleView, formatDate } from '@ledelsesrum/domain';
import { danish } from '../common/danish-content';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { STAGE_NAMES } from '../common/stage-names';
import { exportSection } from './export-form';
import { exportHref } from './export-links';
import { publicationTimeline } from './publication-timeline';
import type { TimelineEntry } from '@ledelsesrum/audit';

/** The cycles, newest meeting first, each a link to its timeline and its own export. */
function cyclesTable(context: PageContext, cycles: readonly CycleView[]): Html {
  const { language } = context;
  if (cycles.length === 0) {
    return html`<p>${say(language, message('web.auditor.overview.no-cycles'))}</p>`;
  }
  const sorted = [...cycles].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.id.localeCompare(b.id));
  return html`<div class="table-wrap">
    <table class="table">
      <caption>
        ${say(language, message('web.auditor.overview.cycles'))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, message('web.auditor.overview.theme'))}</th>
          <th scope="col">${say(language, message('web.common.cycle.meeting-date'))}</th>
          <th scope="col">${say(language, message('web.common.cycle.stage'))}</th>
          <th scope="col">${say(language, message('web.auditor.overview.latest-revision'))}</th>
          <th scope="col">${say(language, message('web.auditor.export.title'))}</th>
        </tr>
      </thead>
      <tbody>
        ${sorted.map(
          (cycle) =>
            html`<tr>
              <td><a href="/revision/cykler/${encodeURIComponent(cycle.id)}">${danish(context.language, cycle.theme)}</a></td>
              <td>${formatDate(language, cycle.meetingDate)}</td>
              <td>${say(language, STAGE_NAMES[cycle.stage])}</td>
              <td>${cycle.revision}</td>
              <td>
                <a href="${exportHref('csv', cycleStreamId(cycle.id))}">CSV</a>,
                <a href="${exportHref('jsonl', cycleStreamId(cycle.id))}">JSON Lines</a>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * The auditor's start page: every cycle with a way into its full history, the check that the event log was not
 * altered, and the export. `exportForm` carries the export form's errors when it is shown again.
 */
export function revisionOverviewPage(
  context: PageContext,
  cycles: readonly CycleView[],
  exportForm: FormState,
  publication: readonly TimelineEntry[],
): Html {
  const { language } = context;
  return layout(context, {
    title: message('web.common.menu.auditor'),
    hasErrors: Object.keys(exportForm.errors).length > 0,
    body: html`<p>
        ${say(language, message('web.auditor.overview.intro'))}
      </p>
      <section class="panel" aria-labelledby="kontrol">
        <h2 id="kontrol">${say(language, message('web.auditor.integrity.title'))}</h2>
        <p>
          ${say(language, message('web.auditor.overview.check.text'))}
        </p>
        <form method="get" action="/revision/kontrol">
          <button type="submit" class="button button-primary">${say(language, message('web.auditor.overview.check'))}</button>
        </form>
      </section>
      <section aria-labelledby="cyklusser">
        <h2 id="cyklusser">${say(language, message('web.common.menu.chefgruppen.cycles'))}</h2>
        ${cyclesTable(context, cycles)}
      </section>
      ${publicationTimeline(context, publication)} ${exportSection(context, cycles, exportForm)}`,
  });
}
