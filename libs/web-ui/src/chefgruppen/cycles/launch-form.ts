import { LaunchCycleDto } from '@ledelsesrum/api/cycles';
import { message } from '@ledelsesrum/messages';
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

/** The launch form's fields as typed, to show again (also when the domain refuses what they say). */
export function launchFormValues(fields: Record<string, unknown>): LaunchFormValues {
  return {
    theme: text(fields['theme']),
    meetingDate: text(fields['meetingDate']),
    groupIds: many(fields['groupIds']),
    startTime: text(fields['startTime']),
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
  const { groupIds, ...single } = values;
  return { state: { values: { ...single, groupIds }, errors }, values };
}
