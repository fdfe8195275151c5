import { formatMoment, parseCopenhagenDateTime } from '@ledelsesrum/domain';
import type { ReplayPoint } from '@ledelsesrum/projections';
import { StateQueryDto } from '@ledelsesrum/api/cycles';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../common/form-fields';
import { readMoment, typedDate } from '../common/date-fields';
import { readForm } from '../common/read-form';
import { inEachLanguage, type Text } from '../common/text';

/** The timeline's two GET forms: a revision, or a moment on a Copenhagen clock (day, month, year and "9.30"). */
export const POINT_FIELDS = { revision: 'revision', moment: 'tidspunkt' } as const;

export const POINT_LABELS: Readonly<Record<string, Text>> = {
  [POINT_FIELDS.revision]: message('web.auditor.point.revision'),
  [POINT_FIELDS.moment]: message('web.auditor.point.moment'),
};

export type PointChoice =
  | { readonly point: ReplayPoint | undefined; readonly form: FormState }
  | { readonly form: FormState; readonly invalid: true };

const BAD_MOMENT: Text = message('web.auditor.moment.invalid');

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The point the reader asked for (undefined: none, show the latest), checked with the JSON API's own StateQueryDto
 * and against the cycle's revisions (0 to `latest`). A wrong value is an error at its field, never a failure.
 */
export async function readPoint(query: Record<string, unknown>, latest: number): Promise<PointChoice> {
  const revision = text(query[POINT_FIELDS.revision]);
  const read = readMoment(query, POINT_FIELDS.moment);
  const moment = 'value' in read ? read.value : undefined;
  const values = { [POINT_FIELDS.revision]: revision, ...typedDate(query, POINT_FIELDS.moment) };
  const invalid = (field: string, error: Text): PointChoice => ({
    form: { values, errors: { [field]: error } },
    invalid: true,
  });
  if (moment === undefined) return invalid(POINT_FIELDS.moment, 'error' in read ? read.error : BAD_MOMENT);
  if (revision && moment) {
    return invalid(POINT_FIELDS.revision, message('web.auditor.point.both'));
  }
  if (revision) {
    const form = await readForm(StateQueryDto, { revision });
    if ('errors' in form || form.value.revision! > latest) {
      return invalid(POINT_FIELDS.revision, message('web.auditor.point.revision.invalid', { latest }));
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
  const error = message('web.auditor.point.before-launch', {
    launchedAt: inEachLanguage((language) => formatMoment(language, launchedAt)),
  });
  return { form: { values: form.values, errors: { [POINT_FIELDS.moment]: error } }, invalid: true };
}
