import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { amendmentPath } from '../../facilitator/meeting-amendment-link';
import type { PeopleDirectory } from './people';

/**
 * What chefgruppen can put right at the cycle's stage, each on a page of its own: a group's meeting record once the
 * summary is out (with a reason), the agenda after prep (errata to the leaders), and the whole round (cancelled).
 */
export function correctionsSection(context: PageContext, cycle: LaunchedCycle, directory: PeopleDirectory): Html {
  const { language } = context;
  const base = `/chefgruppen/cykler/${cycle.id}`;
  const parts: Html[] = [];
  if (cycle.stage === 'prep_sent') {
    parts.push(
      html`<p><a href="${base}/dagsorden/rettelse">${say(language, message('web.corrections.agenda.action'))}</a></p>`,
    );
  }
  if (cycle.stage === 'summary_published') {
    const links = cycle.groups
      .filter((group) => group.meeting)
      .map(
        (group) =>
          html`<li>
            <a href="${amendmentPath(cycle.id, group.id)}"
              >${say(language, message('web.corrections.amend.action-for', { group: directory.groupName(group.id) }))}</a
            >
          </li>`,
      );
    parts.push(html`<ul>
      ${links}
    </ul>`);
  }
  if (cycle.stage !== 'completed' && cycle.stage !== 'cancelled') {
    parts.push(html`<p><a href="${base}/aflys">${say(language, message('web.corrections.cancel.action'))}</a></p>`);
  }
  if (cycle.stage === 'cancelled') {
    parts.push(
      html`<p class="alert alert-info notice">${say(language, message('web.corrections.cancel.cancelled'))}</p>`,
    );
  }
  if (parts.length === 0) return html``;
  return html`<h3>${say(language, message('web.corrections.heading'))}</h3>
    ${parts}`;
}
