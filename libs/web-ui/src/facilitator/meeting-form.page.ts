import { type CycleGroup, type LaunchedCycle, formatDateTime, formatMeetingTime } from '@ledelsesrum/domain';
import { commandKeyField } from '../common/command-key';
import { checkboxes, csrfField, errorSummary, inputField, textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { meetingStatus } from './facilitated-meetings';
import { groupMembers } from './meeting-access';
import { MEETING_LABELS } from './meeting-form';
import type { OrganisationNames } from '../common/organisation-names';

export interface MeetingFormView {
  readonly cycle: LaunchedCycle;
  readonly group: CycleGroup;
  readonly names: OrganisationNames;
  readonly state: FormState;
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
    <dt>${t({ da: 'Møderunde', en: 'Meeting round' })}</dt>
    <dd>${cycle.theme}</dd>
    <dt>${t({ da: 'Planlagt', en: 'Planned' })}</dt>
    <dd>${formatMeetingTime(language, cycle)}</dd>
  </dl>`;
  const body =
    status === 'open' || hasErrors
      ? form(context, view)
      : html`<p class="notice" role="status">${t(NOT_OPEN[status]!)}</p>
          ${
            group.meeting
              ? html`<p>
                  ${t({ da: 'Mødet blev holdt den', en: 'The meeting was held on' })}
                  ${formatDateTime(language, group.meeting.heldAt)}.
                </p>`
              : ''
          }
          <p><a href="/facilitator">${t({ da: 'Tilbage til mine grupper', en: 'Back to my groups' })}</a></p>`;
  return layout(context, {
    title: { da: `Mødet i ${groupName}`, en: `The meeting of ${groupName}` },
    hasErrors,
    trail: [{ href: '/facilitator', label: { da: 'Mine grupper', en: 'My groups' } }],
    body: html`${facts} ${body}`,
  });
}

const NOT_OPEN: Readonly<Record<string, Text>> = {
  recorded: { da: 'Mødet er registreret.', en: 'The meeting is recorded.' },
  waiting: {
    da: 'Forberedelsen er ikke sendt endnu. Mødet kan registreres, når chefgruppen har sendt den.',
    en: 'Prep has not been sent yet. The meeting can be recorded once chefgruppen has sent it.',
  },
  closed: {
    da: 'Runden er afsluttet, så mødet kan ikke længere registreres.',
    en: 'The round is completed, so the meeting can no longer be recorded.',
  },
};

function form(context: PageContext, view: MeetingFormView): Html {
  const { language } = context;
  const { cycle, group, names, state } = view;
  const checked = state.values['attendeeIds'];
  return html`${errorSummary(context, state, MEETING_LABELS)}
    <form method="post" action="/facilitator/cykler/${cycle.id}/grupper/${group.id}" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${inputField(context, state, {
        name: 'heldAt',
        type: 'datetime-local',
        label: MEETING_LABELS['heldAt']!,
        hint: { da: 'Dato og klokkeslæt, dansk tid.', en: 'Date and time, Danish time.' },
      })}
      ${checkboxes(context, state, {
        name: 'attendeeIds',
        label: MEETING_LABELS['attendeeIds']!,
        hint: { da: 'Sæt kryds ved dem, der var med.', en: 'Tick those who were there.' },
        choices: groupMembers(group).map((id) => ({
          value: id,
          label:
            id === group.facilitatorId
              ? `${names.person(id)} (${say(language, { da: 'facilitator', en: 'facilitator' })})`
              : names.person(id),
        })),
        checked: Array.isArray(checked) ? checked : [],
      })}
      ${textArea(context, state, {
        name: 'keyPoints',
        label: MEETING_LABELS['keyPoints']!,
        hint: {
          da: 'Det vigtigste fra mødet, ét punkt pr. linje.',
          en: 'The main points of the meeting, one per line.',
        },
      })}
      ${textArea(context, state, {
        name: 'inputToChefgruppen',
        label: MEETING_LABELS['inputToChefgruppen']!,
        hint: {
          da: 'Det gruppen vil give videre til chefgruppen, ét punkt pr. linje.',
          en: 'What the group wants to pass on to chefgruppen, one per line.',
        },
      })}
      <button type="submit">${say(language, { da: 'Registrér mødet', en: 'Record the meeting' })}</button>
    </form>`;
}
