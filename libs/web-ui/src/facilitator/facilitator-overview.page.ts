import { copenhagenDay, formatDate, formatDateTime, type Group } from '@ledelsesrum/domain';
import { danish } from '../common/danish-content';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { inEachLanguage, say, type Language, type Text } from '../common/text';
import type { FacilitatedMeeting } from './facilitated-meetings';
import type { OrganisationNames } from '../common/organisation-names';

export interface FacilitatorOverview {
  readonly groups: readonly Group[];
  readonly meetings: readonly FacilitatedMeeting[];
  readonly names: OrganisationNames;
  /** Chefgruppen sees every group, not only their own. */
  readonly everyGroup: boolean;
  /** The group whose meeting was just recorded (after the form's redirect). */
  readonly justRecorded?: string;
}

/** The facilitator's start page: their groups, and each meeting round's meeting for them to record. */
export function facilitatorOverviewPage(context: PageContext, view: FacilitatorOverview): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const recorded = view.justRecorded
    ? html`<p class="alert alert-info notice" role="status">
        ${t(message('web.facilitator.overview.recorded', { group: view.names.group(view.justRecorded) }))}
      </p>`
    : '';
  const scope = view.everyGroup
    ? html`<p class="hint">
        ${t(message('web.facilitator.overview.every-group'))}
      </p>`
    : '';
  const groups = view.groups.length
    ? html`<ul>
        ${view.groups.map(
          (group) =>
            html`<li>
              ${danish(context.language, group.name)}
              <span class="muted">(${t(message('web.facilitator.overview.members', { count: group.memberIds.length }))})</span>
            </li>`,
        )}
      </ul>`
    : html`<p>${t(message('web.facilitator.overview.no-groups'))}</p>`;
  const meetings = view.meetings.length
    ? html`<ul class="cards">
        ${view.meetings.map((meeting) => meetingCard(language, meeting, view.names))}
      </ul>`
    : html`<p>
        ${t(message('web.facilitator.overview.no-meetings'))}
      </p>`;
  return layout(context, {
    title: message('web.common.menu.facilitator'),
    body: html`${recorded} ${scope}
      <h2>${t(message('web.facilitator.overview.groups'))}</h2>
      ${groups}
      <h2>${t(message('web.facilitator.overview.meetings'))}</h2>
      ${meetings}`,
  });
}

function meetingCard(language: Language, meeting: FacilitatedMeeting, names: OrganisationNames): Html {
  const t = (text: Text) => say(language, text);
  const group = names.group(meeting.groupId);
  const link = `/facilitator/cykler/${meeting.cycleId}/grupper/${meeting.groupId}`;
  return html`<li>
    <h3>${danish(language, meeting.theme)}</h3>
    <dl class="facts">
      <dt>${t(message('web.facilitator.overview.group'))}</dt>
      <dd>${group}</dd>
      <dt>${t(message('web.common.cycle.meeting-date'))}</dt>
      <dd>${formatDate(language, meeting.meetingDate)}</dd>
      <dt>${t(message('web.facilitator.overview.meeting'))}</dt>
      <dd>${statusOf(language, meeting)}</dd>
    </dl>
    ${
      meeting.status === 'open'
        ? html`<p>
            <a class="button button-primary" href="${link}"
              >${t(message('web.facilitator.overview.record', { group }))}</a
            >
          </p>`
        : html`<p><a href="${link}">${t(message('web.facilitator.overview.see', { group }))}</a></p>`
    }
  </li>`;
}

function statusOf(language: Language, meeting: FacilitatedMeeting): Html {
  const t = (text: Text) => say(language, text);
  switch (meeting.status) {
    case 'recorded':
      return html`<span class="badge badge-success">${t(message('web.facilitator.status.recorded'))}</span>
        ${t(message('web.facilitator.status.held', { heldAt: inEachLanguage((each) => formatDateTime(each, meeting.heldAt!)) }))}`;
    case 'open': {
      // The meeting day has passed in Copenhagen and nothing is recorded: the facilitator is behind.
      const today = copenhagenDay(new Date());
      return meeting.meetingDate < today
        ? html`<span class="badge badge-error">${t(message('web.facilitator.status.missing'))}</span>`
        : html`<span class="badge badge-warning">${t(message('web.facilitator.status.not-recorded'))}</span>`;
    }
    case 'waiting':
      return html`<span class="badge">${t(message('web.facilitator.status.waiting'))}</span>`;
    case 'closed':
      return html`<span class="badge">${t(message('web.facilitator.status.closed'))}</span>`;
  }
}
