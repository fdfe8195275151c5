import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { meetingMinutes } from '../../common/meeting-minutes';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import type { ShownRecord } from './record-data';

/** Each group's meeting as its facilitator recorded it, once prep has gone out and meetings can be recorded. */
export function groupMeetingsSection(context: PageContext, cycle: LaunchedCycle, record: ShownRecord): Html {
  const { language } = context;
  if (!cycle.prepSentAt && record.meetings.size === 0) return html``;
  return html`<section class="group-meetings">
    <h2>${say(language, message('web.record.meetings.title'))}</h2>
    ${cycle.groups.map((group) => {
      const minutes = record.meetings.get(group.id);
      return html`<h3>${record.names.group(group.id)}</h3>
        ${
          minutes
            ? meetingMinutes(context, minutes, group, record.names)
            : html`<p class="muted">${say(language, message('web.record.meetings.not-recorded'))}</p>`
        }`;
    })}
  </section>`;
}
