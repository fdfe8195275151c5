import { formatMoment } from '@ledelsesrum/domain';
import type { CycleHistoryEntry } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { withNames, type NameOfId } from './audit-names';
import { actorOf, describeEntry, viaOf } from './describe-entry';
import { entryDetail } from './entry-detail';

/** The address of the cycle's timeline showing the state at a revision; the anchor takes the reader to that state. */
export function revisionHref(cycleId: string, revision: number): string {
  return `/revision/cykler/${encodeURIComponent(cycleId)}?revision=${revision}#tilstand`;
}

/**
 * Every event of the cycle in order: revision, Copenhagen time, who (with the roles their sign-in gave) and what
 * happened. Each revision links to the state at that point; the one shown is marked `aria-current="step"`.
 */
export function timelineTable(
  context: PageContext,
  cycleId: string,
  history: readonly CycleHistoryEntry[],
  shownRevision: number | undefined,
  names: NameOfId,
): Html {
  const { language } = context;
  const rows = history.map((entry) => {
    const current = entry.revision === shownRevision;
    const { who, roles } = actorOf(language, entry.actor);
    const via = viaOf(entry.via);
    const label = say(language, message('web.auditor.timeline.show-revision', { revision: entry.revision }));
    return html`<tr ${current ? html`aria-current="step"` : ''}>
      <td><a href="${revisionHref(cycleId, entry.revision)}" aria-label="${label}">${entry.revision}</a></td>
      <td><time datetime="${entry.recordedAt}">${formatMoment(language, entry.recordedAt)}</time></td>
      <td>
        ${names(who)}${roles ? html` <span class="muted">(${roles})</span>` : ''}
        ${via ? html`<br /><span class="muted">${say(language, via)}</span>` : ''}
      </td>
      <td>
        ${withNames(say(language, describeEntry(entry)), names)} ${entryDetail(language, entry)}
        ${current ? html` <span class="badge badge-success">${say(language, message('web.auditor.timeline.shown'))}</span>` : ''}
      </td>
    </tr>`;
  });
  return html`<div class="table-wrap">
    <table class="table audit-timeline">
      <caption>
        ${say(language, message('web.auditor.timeline.caption', { events: history.length }))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, message('web.auditor.integrity.revision'))}</th>
          <th scope="col">${say(language, message('web.auditor.timeline.time'))}</th>
          <th scope="col">${say(language, message('web.auditor.timeline.who'))}</th>
          <th scope="col">${say(language, message('web.auditor.timeline.what'))}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
