import { PUBLICATION_STREAM } from '@ledelsesrum/domain';
import type { TimelineEntry } from '@ledelsesrum/audit';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { actorOf } from './describe-entry';
import { exportHref } from './export-links';

/**
 * The publication stream's events on the auditor's start page: when the staff feed got a new token, and who made it.
 * Few events, so all of them, with the stream's own export.
 */
export function publicationTimeline(context: PageContext, timeline: readonly TimelineEntry[]): Html {
  const { language } = context;
  const rows = timeline.map((entry) => {
    const { who, roles } = actorOf(language, entry.actor);
    return html`<tr>
      <td>${entry.time}</td>
      <td>${who}${roles ? ` (${roles})` : ''}</td>
      <td>${say(language, entry.description)}</td>
    </tr>`;
  });
  return html`<section aria-labelledby="offentliggoerelse">
    <h2 id="offentliggoerelse">${say(language, message('web.auditor.publication.title'))}</h2>
    ${
      timeline.length === 0
        ? html`<p>${say(language, message('web.auditor.publication.none'))}</p>`
        : html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="offentliggoerelse">
          <table class="table">
            <caption>
              ${say(language, message('web.auditor.publication.caption'))}
            </caption>
            <thead>
              <tr>
                <th scope="col">${say(language, message('web.auditor.timeline.time'))}</th>
                <th scope="col">${say(language, message('web.auditor.timeline.who'))}</th>
                <th scope="col">${say(language, message('web.auditor.timeline.what'))}</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>
        </div>`
    }
    <p>
      ${say(language, message('web.auditor.export.title'))}:
      <a href="${exportHref('csv', PUBLICATION_STREAM)}">CSV</a>,
      <a href="${exportHref('jsonl', PUBLICATION_STREAM)}">JSON Lines</a>
    </p>
  </section>`;
}
