import { formatDate, formatDateTime } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { StaffSummary } from '@ledelsesrum/projections';
import { danish } from '../common/danish-content';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import { markdown } from '../common/markdown';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { comingLines } from './staff-document';
import { staffPaths } from './staff-paths';

/**
 * `/medarbejder/cykler/:id`: one round as the organisation hears of it: the theme, chefgruppen's summary, what the
 * groups worked on (their key points, with no names) and what comes next.
 */
export function staffRoundPage(context: PageContext, summary: StaffSummary): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const list = (lines: readonly string[], none: Text) =>
    lines.length > 0
      ? html`<ul>
          ${lines.map((line) => html`<li>${danish(language, line)}</li>`)}
        </ul>`
      : html`<p>${t(none)}</p>`;
  return layout(context, {
    title: message('web.staff.round.title', { theme: summary.theme }),
    trail: [{ href: staffPaths.list, label: message('web.common.menu.employee') }],
    body: html`<dl class="facts">
        <dt>${t(message('web.print.meeting-date'))}</dt>
        <dd>${formatDate(language, summary.meetingDate)}</dd>
        <dt>${t(message('web.print.summary.published'))}</dt>
        <dd>${formatDateTime(language, summary.publishedAt)}</dd>
      </dl>
      <p><a href="${staffPaths.print(summary.id)}">${t(message('web.staff.print'))}</a></p>
      <section>
        <h2>${t(message('web.print.summary.chefgruppens-summary'))}</h2>
        <div class="summary-text" ${language === 'da' ? '' : html`lang="da"`}>${markdown(summary.text)}</div>
      </section>
      <section>
        <h2>${t(message('web.staff.key-points'))}</h2>
        ${list(summary.keyPoints, message('web.staff.key-points.none'))}
      </section>
      <section>
        <h2>${t(message('web.staff.coming'))}</h2>
        ${list(comingLines(summary, language), message('web.staff.coming.none'))}
      </section>`,
  });
}
