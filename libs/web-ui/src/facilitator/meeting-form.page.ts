import { type CycleGroup, type LaunchedCycle, formatDateTime, formatMeetingTime } from '@ledelsesrum/domain';
import type { MeetingMinutes } from '@ledelsesrum/projections';
import { danish } from '../common/danish-content';
import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../common/command-key';
import { dateField, timeField } from '../common/date-fields';
import { checkboxes, csrfField, errorSummary, textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import { meetingMinutes } from '../common/meeting-minutes';
import type { PageContext } from '../common/page-context';
import { inEachLanguage, say, type Text } from '../common/text';
import { meetingStatus } from './facilitated-meetings';
import { groupMembers } from './meeting-access';
import { MEETING_LABELS } from './meeting-form';
import { amendLink } from './meeting-amendment-link';
import type { OrganisationNames } from '../common/organisation-names';

export interface MeetingFormView {
  readonly cycle: LaunchedCycle;
  readonly group: CycleGroup;
  readonly names: OrganisationNames;
  readonly state: FormState;
  /** What was recorded, once the meeting is. */
  readonly minutes?: MeetingMinutes | undefined;
}

/** The form that records a group's meeting, or where the meeting stands when there is nothing to record now. */
export function meetingFormPage(context: PageContext, view: MeetingFormView): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const { cycle, group, names, state } = view;
  const groupName = names.group(group.id);
  const hasErrors = Object.keys(state.errors).length > 0;
  const status = meetingStatus(cycle, group);
  const facts = html`<dl class="facts">
    <dt>${t(message('web.facilitator.meeting.round'))}</dt>
    <dd>${danish(context.language, cycle.theme)}</dd>
    <dt>${t(message('web.facilitator.meeting.planned'))}</dt>
    <dd>${formatMeetingTime(language, cycle)}</dd>
  </dl>`;
  const body =
    status === 'open' || hasErrors
      ? meetingForm(context, view)
      : html`<p class="alert alert-info notice" role="status">${t(NOT_OPEN[status]!)}</p>
          ${amendLink(context, cycle, group)}
          ${
            group.meeting
              ? html`<p>
                  ${t(message('web.facilitator.meeting.held', { heldAt: inEachLanguage((each) => formatDateTime(each, group.meeting!.heldAt)) }))}
                </p>`
              : ''
          }
          ${
            view.minutes
              ? html`<h2>${t(message('web.record.facilitator.title'))}</h2>
                  ${meetingMinutes(context, view.minutes, group, names)}`
              : ''
          }
          <p><a href="/facilitator">${t(message('web.facilitator.meeting.back'))}</a></p>`;
  return layout(context, {
    title: message('web.facilitator.meeting.title', { group: groupName }),
    hasErrors,
    trail: [{ href: '/facilitator', label: message('web.common.menu.facilitator') }],
    body: html`${facts} ${body}`,
  });
}

const NOT_OPEN: Readonly<Record<string, Text>> = {
  recorded: message('web.facilitator.meeting.recorded'),
  waiting: message('web.facilitator.meeting.waiting'),
  closed: message('web.facilitator.meeting.closed'),
};

/** Where the form posts and what it says: recording a meeting, unless an amendment says otherwise. */
export interface MeetingFormOptions {
  readonly action: string;
  readonly submit: Text;
  /** Fields after the record's own (the amendment's reason). */
  readonly extra?: Html;
}

export function meetingForm(context: PageContext, view: MeetingFormView, options?: MeetingFormOptions): Html {
  const { language } = context;
  const { cycle, group, names, state } = view;
  const checked = state.values['attendeeIds'];
  const action = options?.action ?? `/facilitator/cykler/${cycle.id}/grupper/${group.id}`;
  const submit = options?.submit ?? message('web.facilitator.meeting.submit');
  return html`${errorSummary(context, state, MEETING_LABELS)}
    <form method="post" action="${action}" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${dateField(context, state, {
        name: 'heldAt',
        label: MEETING_LABELS['heldAt']!,
        hint: message('web.facilitator.meeting.held-at.hint'),
      })}
      ${timeField(context, state, {
        name: 'heldAtTime',
        label: MEETING_LABELS['heldAtTime']!,
        hint: message('web.forms.time.hint'),
      })}
      ${checkboxes(context, state, {
        name: 'attendeeIds',
        label: MEETING_LABELS['attendeeIds']!,
        hint: message('web.facilitator.meeting.attendees.hint'),
        choices: groupMembers(group).map((id) => ({
          value: id,
          label:
            id === group.facilitatorId
              ? `${names.person(id)} (${say(language, message('web.common.role.facilitator.in-text'))})`
              : names.person(id),
        })),
        checked: Array.isArray(checked) ? checked : [],
      })}
      ${textArea(context, state, {
        name: 'keyPoints',
        label: MEETING_LABELS['keyPoints']!,
        hint: message('web.facilitator.meeting.key-points.hint'),
      })}
      ${textArea(context, state, {
        name: 'inputToChefgruppen',
        label: MEETING_LABELS['inputToChefgruppen']!,
        hint: message('web.facilitator.meeting.input.hint'),
      })}
      ${options?.extra ?? ''}
      <button type="submit" class="button button-primary">${say(language, submit)}</button>
    </form>`;
}
