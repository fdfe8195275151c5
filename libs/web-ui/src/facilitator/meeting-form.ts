import { AmendMeetingRecordDto, RecordMeetingDto } from '@ledelsesrum/api/cycles';
import { DomainErrorCode, copenhagenDateTimeWithOffset } from '@ledelsesrum/domain';
import { domainErrorText, message } from '@ledelsesrum/messages';
import type { FormState } from '../common/form-fields';
import { lines, many, readForm } from '../common/read-form';
import type { Text } from '../common/text';

/** The form's fields, named as the command's, so the DTO's errors land at the field they are about. */
export const MEETING_LABELS: Readonly<Record<string, Text>> = {
  heldAt: message('web.facilitator.meeting.held-at'),
  attendeeIds: message('web.facilitator.meeting.attendees'),
  keyPoints: message('web.facilitator.meeting.key-points'),
  inputToChefgruppen: message('web.facilitator.meeting.input'),
  reason: message('web.corrections.amend.reason'),
};

const HELD_AT_MESSAGE: Text = message('web.facilitator.meeting.held-at.invalid');
const REASON_MESSAGE: Text = domainErrorText({ messageId: DomainErrorCode.AmendmentNeedsReason, params: {} });

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/**
 * A `datetime-local` value ("2027-03-11T09:00", Copenhagen wall time) as ISO 8601 with the offset in force then
 * ("2027-03-11T09:00:00+01:00"). Anything else goes to the DTO as typed, so the API's own rule refuses it.
 */
export function heldAtOf(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const match = WALL_CLOCK.exec(text);
  if (!match) return text;
  const [, date, time] = match as unknown as [string, string, string];
  // A day that does not exist (31 February) is left for the DTO to refuse rather than rolled over.
  if (new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return text;
  return copenhagenDateTimeWithOffset(date, time);
}

/** The meeting form's fields as typed, to show again. */
export function meetingFormValues(fields: Record<string, unknown>): FormState['values'] {
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
  return {
    heldAt: text('heldAt'),
    attendeeIds: many(fields['attendeeIds']),
    keyPoints: text('keyPoints'),
    inputToChefgruppen: text('inputToChefgruppen'),
  };
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
  const form = await readForm(amending ? AmendMeetingRecordDto : RecordMeetingDto, {
    heldAt: heldAtOf(fields['heldAt']),
    attendeeIds: many(fields['attendeeIds']),
    keyPoints: lines(fields['keyPoints']),
    inputToChefgruppen: lines(fields['inputToChefgruppen']),
    ...reason,
  });
  const missing: Record<string, Text> =
    amending === 'reason-required' && !('reason' in reason) ? { reason: REASON_MESSAGE } : {};
  if ('value' in form && !('reason' in missing)) return form;
  const found = 'errors' in form ? form.errors : {};
  // The DTO's rule only says "ISO 8601"; at this field the reader chose a day and a time, so say that.
  const errors: Record<string, Text> = { ...found, ...missing };
  if (found['heldAt']) errors['heldAt'] = HELD_AT_MESSAGE;
  return {
    state: {
      values: { ...meetingFormValues(fields), ...(amending ? { reason: text('reason') } : {}) },
      errors,
    },
  };
}

/** The empty form: "held at" starts at the planned meeting, which is when most meetings are held. */
export function initialMeetingForm(cycle: {
  readonly meetingDate: string;
  readonly meeting: { readonly startTime: string };
}): FormState {
  return { values: { heldAt: `${cycle.meetingDate}T${cycle.meeting.startTime}`, attendeeIds: [] }, errors: {} };
}
