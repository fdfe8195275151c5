import { formatDateTime, type CycleGroupSnapshot } from '@ledelsesrum/domain';
import type { MeetingMinutes } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from './html';
import type { OrganisationNames } from './organisation-names';
import type { PageContext } from './page-context';
import { shownName } from './person-label';
import { say } from './text';

/**
 * A group's meeting as its facilitator recorded it: when, who attended of the group as launched (the facilitator
 * counts), the key points and the input to chefgruppen. Read-only.
 */
export function meetingMinutes(
  context: PageContext,
  minutes: MeetingMinutes,
  group: CycleGroupSnapshot,
  names: OrganisationNames,
): Html {
  const { language } = context;
  const of = new Set([group.facilitatorId, ...group.memberIds]).size;
  const attendees = minutes.attendeeIds
    .map((id) => shownName(language, names.person(id)))
    .sort((a, b) => a.localeCompare(b, 'da'));
  const list = (lines: readonly string[]) =>
    lines.length === 0
      ? say(language, message('web.record.minutes.none'))
      : html`<ul>
          ${lines.map((line) => html`<li>${line}</li>`)}
        </ul>`;
  return html`<dl class="facts minutes">
    <dt>${say(language, message('web.record.minutes.held'))}</dt>
    <dd>${formatDateTime(language, minutes.heldAt)}</dd>
    <dt>${say(language, message('web.record.minutes.attendance'))}</dt>
    <dd>
      ${say(language, message('web.record.minutes.attended', { count: attendees.length, of }))}: ${attendees.join(', ')}
    </dd>
    <dt>${say(language, message('web.record.minutes.key-points'))}</dt>
    <dd>${list(minutes.keyPoints)}</dd>
    <dt>${say(language, message('web.record.minutes.input'))}</dt>
    <dd>${list(minutes.inputToChefgruppen)}</dd>
  </dl>`;
}
