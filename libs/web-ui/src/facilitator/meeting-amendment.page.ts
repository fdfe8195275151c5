import { copenhagenTime } from '@ledelsesrum/domain';
import type { MeetingRecordEntry } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import { danishTime } from '../common/date-fields';
import { textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { amendmentPath } from './meeting-amendment-link';
import { MEETING_LABELS } from './meeting-form';
import { meetingForm, type MeetingFormView } from './meeting-form.page';

/**
 * The form that amends a group's meeting record, filled with the record as it now reads. Once the summary is
 * published the page says so, and the reason is asked for (the domain refuses the amendment without one).
 */
export function meetingAmendmentPage(context: PageContext, view: MeetingFormView): Html {
  const { language } = context;
  const { cycle, group, names, state } = view;
  const published = cycle.summary !== undefined;
  const reason = textArea(context, state, {
    name: 'reason',
    label: MEETING_LABELS['reason']!,
    hint: message(published ? 'web.corrections.amend.reason.required-hint' : 'web.corrections.amend.reason.hint'),
    rows: 3,
    maxLength: 500,
  });
  const form = meetingForm(context, view, {
    action: amendmentPath(cycle.id, group.id),
    submit: message('web.corrections.amend.submit'),
    extra: reason,
  });
  return layout(context, {
    title: message('web.corrections.amend.title', { group: names.group(group.id) }),
    hasErrors: Object.keys(state.errors).length > 0,
    trail: [
      { href: '/facilitator', label: message('web.common.menu.facilitator') },
      {
        href: `/facilitator/cykler/${cycle.id}/grupper/${group.id}`,
        label: message('web.facilitator.meeting.title', { group: names.group(group.id) }),
      },
    ],
    body: html`<p>${say(language, message('web.corrections.amend.intro'))}</p>
      ${published ? html`<p class="alert alert-info notice">${say(language, message('web.corrections.amend.after-summary'))}</p>` : ''}
      ${form}`,
  });
}

/**
 * The record as it now reads, in the form's fields: the day in the date field and the time as "09.00", both in
 * Copenhagen time, one point per line.
 */
export function amendmentFormOf(record: MeetingRecordEntry): FormState {
  // "2027-03-11 09:00:00" as the date field's "2027-03-11" and the time field's "09.00".
  const [day = '', time = ''] = copenhagenTime(record.heldAt).split(' ');
  return {
    values: {
      heldAt: day,
      heldAtTime: danishTime(time.slice(0, 5)),
      attendeeIds: record.attendeeIds,
      keyPoints: record.keyPoints.join('\n'),
      inputToChefgruppen: record.inputToChefgruppen.join('\n'),
    },
    errors: {},
  };
}
