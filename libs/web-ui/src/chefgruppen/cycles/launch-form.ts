import { LaunchCycleDto } from '@ledelsesrum/api/cycles';
import { message } from '@ledelsesrum/messages';
import { readDate, readTime } from '../../common/date-fields';
import type { FormState } from '../../common/form-fields';
import { many, optional, readForm } from '../../common/read-form';
import { errorsAtFields } from './form-errors';

/** The launch form's fields as they were typed, to show again. */
export interface LaunchFormValues {
  readonly theme: string;
  readonly meetingDate: string;
  readonly groupIds: readonly string[];
  readonly startTime: string;
  readonly durationMinutes: string;
  readonly place: string;
  /** "true" when the round was already held and is registered afterwards; "" otherwise. */
  readonly backRegistration: string;
}

export type LaunchFormResult =
  { readonly command: LaunchCycleDto } | { readonly state: FormState; readonly values: LaunchFormValues };

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** What the DTO is given for a date or time the form could not read, so that it refuses it too. */
const UNREADABLE = 'ulæselig';

/**
 * The launch form's fields read into the command's formats: the meeting date typed as day, month and year becomes
 * `YYYY-MM-DD`, the start typed as "9.30" becomes `HH:MM`.
 */
export function launchFormValues(fields: Record<string, unknown>): LaunchFormValues {
  const date = readDate(fields, 'meetingDate');
  const time = readTime(fields, 'startTime');
  return {
    theme: text(fields['theme']),
    meetingDate: 'value' in date ? date.value : UNREADABLE,
    groupIds: many(fields['groupIds']),
    startTime: 'value' in time ? time.value : UNREADABLE,
    durationMinutes: text(fields['durationMinutes']),
    place: text(fields['place']),
    backRegistration: text(fields['backRegistration']) === 'true' ? 'true' : '',
  };
}

/**
 * The launch command from the form, validated by the API's own LaunchCycleDto. The meeting's start, length and place
 * are optional: left empty, the cycle takes its defaults (09:00, 180 minutes). No group ticked is an error, never
 * "every group" as in the API, because the form starts with every group ticked.
 */
export async function readLaunchForm(fields: Record<string, unknown>): Promise<LaunchFormResult> {
  const values = launchFormValues(fields);
  const date = readDate(fields, 'meetingDate');
  const time = readTime(fields, 'startTime');
  const startTime = optional(values.startTime);
  const place = optional(values.place);
  // A whole number goes as a number; anything else as typed, so the DTO says what is wrong with it.
  const duration = /^\d+$/.test(values.durationMinutes)
    ? Number(values.durationMinutes)
    : optional(values.durationMinutes);
  const meeting = {
    ...(startTime === undefined ? {} : { startTime }),
    ...(duration === undefined ? {} : { durationMinutes: duration }),
    ...(place === undefined ? {} : { place }),
  };
  const command = {
    theme: values.theme,
    meetingDate: values.meetingDate,
    groupIds: values.groupIds,
    ...(Object.keys(meeting).length > 0 ? { meeting } : {}),
    ...(values.backRegistration ? { backRegistration: true } : {}),
  };
  const form = await readForm(LaunchCycleDto, command);
  if ('value' in form) return { command: form.value };
  const errors = errorsAtFields(form.errors, (path, error) => {
    // A date or time that is no date or time is said as the form asks for it, not in the command's format.
    if (path === 'meetingDate') return { field: path, error: 'error' in date ? date.error : DATE_FORMAT };
    if (path === 'meeting.startTime' && 'error' in time) return { field: 'startTime', error: time.error };
    // The DTO's first complaint about a word (not a number) is its range; the reader needs to hear it is no number.
    if (path === 'meeting.durationMinutes' && typeof duration === 'string') {
      return {
        field: 'durationMinutes',
        error: message('web.chefgruppen.cycles.launch-form.a-whole-number-of-minutes'),
      };
    }
    if (path.startsWith('meeting.')) return { field: path.split('.')[1]!, error };
    if (path.startsWith('groupIds')) {
      const none = values.groupIds.length === 0;
      return {
        field: 'groupIds',
        error: none ? message('web.chefgruppen.cycles.launch-form.choose-at-least-one-group') : error,
      };
    }
    return { field: path, error };
  });
  return { state: { values: launchFormShown(fields), errors }, values };
}

/** The launch form as typed (the date as its three fields), to show again, also when the domain refuses it. */
export function launchFormShown(fields: Record<string, unknown>): FormState['values'] {
  const { groupIds, ...single } = launchFormValues(fields);
  const typed = Object.fromEntries(
    ['meetingDate.day', 'meetingDate.month', 'meetingDate.year', 'startTime'].map((name) => [name, text(fields[name])]),
  );
  return { ...single, groupIds, ...typed };
}

/** The date field's own words for a date the DTO refuses by its format (e.g. none given). */
const DATE_FORMAT = message('web.forms.date.invalid');
