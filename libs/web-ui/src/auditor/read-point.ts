import { formatMoment, parseCopenhagenDateTime } from '@ledelsesrum/domain';
import type { ReplayPoint } from '@ledelsesrum/projections';
import { StateQueryDto } from '@ledelsesrum/api/cycles';
import type { FormState } from '../common/form-fields';
import { readForm } from '../common/read-form';
import type { Text } from '../common/text';

/** The timeline's two GET forms: a revision, or a moment on a Copenhagen clock (`datetime-local`). */
export const POINT_FIELDS = { revision: 'revision', moment: 'tidspunkt' } as const;

export const POINT_LABELS: Readonly<Record<string, Text>> = {
  [POINT_FIELDS.revision]: { da: 'Revision', en: 'Revision' },
  [POINT_FIELDS.moment]: { da: 'Tidspunkt (dansk tid)', en: 'Moment (Copenhagen time)' },
};

export type PointChoice =
  | { readonly point: ReplayPoint | undefined; readonly form: FormState }
  | { readonly form: FormState; readonly invalid: true };

const BAD_MOMENT: Text = {
  da: 'Skriv en dato og et klokkeslæt, fx 11-03-2027 09:00',
  en: 'Enter a date and a time, e.g. 11/03/2027 09:00',
};

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The point the reader asked for (undefined: none, show the latest), checked with the JSON API's own StateQueryDto
 * and against the cycle's revisions (0 to `latest`). A wrong value is an error at its field, never a failure.
 */
export async function readPoint(query: Record<string, unknown>, latest: number): Promise<PointChoice> {
  const revision = text(query[POINT_FIELDS.revision]);
  const moment = text(query[POINT_FIELDS.moment]);
  const values = { [POINT_FIELDS.revision]: revision, [POINT_FIELDS.moment]: moment };
  const invalid = (field: string, error: Text): PointChoice => ({
    form: { values, errors: { [field]: error } },
    invalid: true,
  });
  if (revision && moment) {
    return invalid(POINT_FIELDS.revision, {
      da: 'Vælg enten en revision eller et tidspunkt, ikke begge',
      en: 'Choose either a revision or a moment, not both',
    });
  }
  if (revision) {
    const form = await readForm(StateQueryDto, { revision });
    if ('errors' in form || form.value.revision! > latest) {
      return invalid(POINT_FIELDS.revision, {
        da: `Skriv et helt tal fra 0 til ${latest}`,
        en: `Enter a whole number from 0 to ${latest}`,
      });
    }
    return { point: { revision: form.value.revision! }, form: { values, errors: {} } };
  }
  if (moment) {
    const at = parseCopenhagenDateTime(moment);
    const form = at === undefined ? undefined : await readForm(StateQueryDto, { at });
    if (!form || 'errors' in form) return invalid(POINT_FIELDS.moment, BAD_MOMENT);
    return { point: { at: new Date(form.value.at!) }, form: { values, errors: {} } };
  }
  return { point: undefined, form: { values, errors: {} } };
}

/** The error when the moment is before the cycle's launch: there was nothing to show then. */
export function beforeLaunch(form: FormState, launchedAt: string): PointChoice {
  const error: Text = {
    da: `Cyklussen var ikke startet endnu; den startede ${formatMoment('da', launchedAt)}`,
    en: `The cycle had not been launched yet; it was launched ${formatMoment('en', launchedAt)}`,
  };
  return { form: { values: form.values, errors: { [POINT_FIELDS.moment]: error } }, invalid: true };
}
