import { copenhagenDay, formatDate, formatDateTime, type Group } from '@ledelsesrum/domain';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Language, type Text } from '../common/text';
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
    ? html`<p class="notice" role="status">
        ${t({ da: 'Mødet er registreret for', en: 'The meeting is recorded for' })}
        ${view.names.group(view.justRecorded)}.
      </p>`
    : '';
  const scope = view.everyGroup
    ? html`<p class="hint">
        ${t({
          da: 'Som chefgruppen ser du alle grupper og kan registrere deres møder.',
          en: 'As chefgruppen you see every group and can record their meetings.',
        })}
      </p>`
    : '';
  const groups = view.groups.length
    ? html`<ul>
        ${view.groups.map(
          (group) =>
            html`<li>
              ${group.name}
              <span class="muted">(${group.memberIds.length} ${t({ da: 'medlemmer', en: 'members' })})</span>
            </li>`,
        )}
      </ul>`
    : html`<p>${t({ da: 'Du faciliterer ingen grupper lige nu.', en: 'You facilitate no groups just now.' })}</p>`;
  const meetings = view.meetings.length
    ? html`<ul class="cards">
        ${view.meetings.map((meeting) => meetingCard(language, meeting, view.names))}
      </ul>`
    : html`<p>
        ${t({ da: 'Ingen af dine grupper er med i en møderunde endnu.', en: 'None of your groups is in a meeting round yet.' })}
      </p>`;
  return layout(context, {
    title: { da: 'Mine grupper', en: 'My groups' },
    body: html`${recorded} ${scope}
      <h2>${t({ da: 'Grupper', en: 'Groups' })}</h2>
      ${groups}
      <h2>${t({ da: 'Møderunder', en: 'Meeting rounds' })}</h2>
      ${meetings}`,
  });
}

function meetingCard(language: Language, meeting: FacilitatedMeeting, names: OrganisationNames): Html {
  const t = (text: Text) => say(language, text);
  const group = names.group(meeting.groupId);
  const link = `/facilitator/cykler/${meeting.cycleId}/grupper/${meeting.groupId}`;
  return html`<li>
    <h3>${meeting.theme}</h3>
    <dl class="facts">
      <dt>${t({ da: 'Gruppe', en: 'Group' })}</dt>
      <dd>${group}</dd>
      <dt>${t({ da: 'Mødedato', en: 'Meeting date' })}</dt>
      <dd>${formatDate(language, meeting.meetingDate)}</dd>
      <dt>${t({ da: 'Mødet', en: 'The meeting' })}</dt>
      <dd>${statusOf(language, meeting)}</dd>
    </dl>
    ${
      meeting.status === 'open'
        ? html`<p>
            <a class="button" href="${link}"
              >${t({ da: 'Registrér mødet for', en: 'Record the meeting of' })} ${group}</a
            >
          </p>`
        : html`<p><a href="${link}">${t({ da: 'Se mødet for', en: 'See the meeting of' })} ${group}</a></p>`
    }
  </li>`;
}

function statusOf(language: Language, meeting: FacilitatedMeeting): Html {
  const t = (text: Text) => say(language, text);
  switch (meeting.status) {
    case 'recorded':
      return html`<span class="tag done">${t({ da: 'Registreret', en: 'Recorded' })}</span>
        ${t({ da: 'holdt', en: 'held' })} ${formatDateTime(language, meeting.heldAt!)}`;
    case 'open': {
      // The meeting day has passed in Copenhagen and nothing is recorded: the facilitator is behind.
      const today = copenhagenDay(new Date());
      return meeting.meetingDate < today
        ? html`<span class="tag late">${t({ da: 'Mangler', en: 'Missing' })}</span>`
        : html`<span class="tag waiting">${t({ da: 'Ikke registreret', en: 'Not recorded' })}</span>`;
    }
    case 'waiting':
      return html`<span class="tag">${t({ da: 'Venter på forberedelsen', en: 'Waiting for prep' })}</span>`;
    case 'closed':
      return html`<span class="tag">${t({ da: 'Runden er afsluttet', en: 'The round is completed' })}</span>`;
  }
}
