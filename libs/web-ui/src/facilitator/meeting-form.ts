import { AmendMeetingRecordDto, RecordMeetingDto } from '@ledelsesrum/api/cycles';
import { DomainErrorCode, copenhagenDateTimeWithOffset } from '@ledelsesrum/domain';
import { domainErrorText, message } from '@ledelsesrum/messages';
import { danishTime, readDate, readTime } from '../common/date-fields';
import type { FormState } from '../common/form-fields';
import { lines, many, readForm, type FieldErrors } from '../common/read-form';
import type { RefusalFields } from '../common/refusal-at-field';
import type { Text } from '../common/text';

/** The form's fields, named as the command's, so the DTO's errors land at the field they are about. */
export const MEETING_LABELS: Readonly<Record<string, Text>> = {
  heldAt: message('web.facilitator.meeting.held-at'),
  heldAtTime: message('web.forms.time.label'),
  attendeeIds: message('web.facilitator.meeting.attendees'),
  keyPoints: message('web.facilitator.meeting.key-points'),
  inputToChefgruppen: message('web.facilitator.meeting.input'),
  reason: message('web.corrections.amend.reason'),
};

/** What a conflict shows as typed: the record's texts (the day, the time and who attended are on the page). */
export const MEETING_TEXT_LABELS: Readonly<Record<string, Text>> = {
  keyPoints: MEETING_LABELS['keyPoints']!,
  inputToChefgruppen: MEETING_LABELS['inputToChefgruppen']!,
};

/** The refusals of a meeting record, made or amended, that are about one of the form's fields. */
export const MEETING_REFUSALS: RefusalFields = {
  [DomainErrorCode.MeetingInFuture]: 'heldAt',
  [DomainErrorCode.MeetingBeforePrep]: 'heldAt',
  [DomainErrorCode.MeetingWithoutAttendees]: 'attendeeIds',
};

const HELD_AT_MESSAGE: Text = message('web.facilitator.meeting.held-at.invalid');
const REASON_MESSAGE: Text = domainErrorText({ messageId: DomainErrorCode.AmendmentNeedsReason, params: {} });

/** The fields as typed, to show the form again with. */
const TYPED = ['heldAt.day', 'heldAt.month', 'heldAt.year', 'heldAtTime', 'keyPoints', 'inputToChefgruppen'];

/**
 * "Held at" from its day, month and year fields and its time field ("13.30", Copenhagen wall time), as ISO 8601 with
 * the offset in force then ("2027-03-11T13:30:00+01:00"); '' when either is empty, for the DTO to refuse; or the
 * fields' own errors when what was typed is no date or no time.
 */
export function heldAtOf(
  fields: Record<string, unknown>,
): { readonly value: string } | { readonly errors: FieldErrors } {
  const date = readDate(fields, 'heldAt');
  const time = readTime(fields, 'heldAtTime');
  if ('error' in date || 'error' in time) {
    return {
      errors: {
        ...('error' in date ? { heldAt: date.error } : {}),
        ...('error' in time ? { heldAtTime: time.error } : {}),
      },
    };
  }
  return { value: date.value && time.value ? copenhagenDateTimeWithOffset(date.value, time.value) : '' };
}

/** The meeting form's fields as typed, to show again; amending, with the reason. */
export function meetingFormValues(fields: Record<string, unknown>, amending = false): FormState['values'] {
  const typed = amending ? [...TYPED, 'reason'] : TYPED;
  const values = Object.fromEntries(typed.map((name) => [name, typeof fields[name] === 'string' ? fields[name] : '']));
  return { ...values, attendeeIds: many(fields['attendeeIds']) };
}

/**
 * Reads the meeting form into the RecordMeeting command's body (or, amending, the AmendMeetingRecord command's, with
 * its reason, which the domain requires once the summary is out), validated with the JSON route's own DTO; or the
 * form to show again, with what was typed and each field's error.
 */
export async function readMeetingForm(
  fields: Record<string, unknown>,
  amending: false | 'reason-optional' | 'reason-required' = false,
): Promise<{ readonly value: AmendMeetingRecordDto } | { readonly state: FormState }> {
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
  const reason = amending && text('reason').trim() !== '' ? { reason: text('reason').trim() } : {};
  const heldAt = heldAtOf(fields);
  const form = await readForm(amending ? AmendMeetingRecordDto : RecordMeetingDto, {
    heldAt: 'value' in heldAt ? heldAt.value : '',
    attendeeIds: many(fields['attendeeIds']),
    keyPoints: lines(fields['keyPoints']),
    inputToChefgruppen: lines(fields['inputToChefgruppen']),
    ...reason,
  });
  const missing: Record<string, Text> =
    amending === 'reason-required' && !('reason' in reason) ? { reason: REASON_MESSAGE } : {};
  if ('value' in form && 'value' in heldAt && !('reason' in missing)) return form;
  const dtoErrors = 'errors' in form ? form.errors : {};
  const errors: Record<string, Text> = { ...dtoErrors, ...('errors' in heldAt ? heldAt.errors : {}), ...missing };
  // The DTO's rule only says "ISO 8601"; at this field the reader chose a day and a time, so say that.
  if (dtoErrors['heldAt'] && !('errors' in heldAt)) errors['heldAt'] = HELD_AT_MESSAGE;
  return {
    state: { values: meetingFormValues(fields, amending !== false), errors },
  };
}

/** The empty form: "held at" starts at the planned meeting, which is when most meetings are held. */
export function initialMeetingForm(cycle: {
  readonly meetingDate: string;
  readonly meeting: { readonly startTime: string };
}): FormState {
  return {
    values: { heldAt: cycle.meetingDate, heldAtTime: danishTime(cycle.meeting.startTime), attendeeIds: [] },
    errors: {},
  };
}
