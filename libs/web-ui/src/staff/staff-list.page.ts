import { formatDate, formatDateTime } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { PublishedSummary } from '@ledelsesrum/projections';
import { danish } from '../common/danish-content';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { staffPaths } from './staff-paths';

/** `/medarbejder`: every published summary, the newest first, each leading to its round's staff page. */
export function staffListPage(context: PageContext, summaries: readonly PublishedSummary[]): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const cards = summaries.map(
    (summary) => html`<li>
      <h2><a href="${staffPaths.round(summary.id)}">${danish(language, summary.theme)}</a></h2>
      <dl class="facts">
        <dt>${t(message('web.print.meeting-date'))}</dt>
        <dd>${formatDate(language, summary.meetingDate)}</dd>
        <dt>${t(message('web.print.summary.published'))}</dt>
        <dd>${formatDateTime(language, summary.publishedAt)}</dd>
      </dl>
    </li>`,
  );
  return layout(context, {
    title: message('web.common.menu.employee'),
    body: html`<p>${t(message('web.staff.list.intro'))}</p>
      ${
        summaries.length > 0
          ? html`<ul class="cards">
            ${cards}
          </ul>`
          : html`<p>${t(message('web.staff.list.none'))}</p>`
      }`,
  });
}
