import { message } from '@ledelsesrum/messages';
import type { FieldErrors } from '../../common/read-form';
import type { Text } from '../../common/text';

/**
 * The validation errors of a command keyed by the form's field names instead of the command's paths, where the two
 * differ (a form field `startTime` is the command's `meeting.startTime`; one textarea is a whole list). `rename` gives
 * the field for a path, and may say the error again (e.g. with the line it is on); the first error per field wins.
 */
export function errorsAtFields(
  errors: FieldErrors,
  rename: (path: string, error: Text) => { readonly field: string; readonly error: Text },
): FieldErrors {
  const byField: Record<string, Text> = {};
  for (const [path, error] of Object.entries(errors)) {
    const renamed = rename(path, error);
    byField[renamed.field] ??= renamed.error;
  }
  return byField;
}

/** An error said again with where it is: "Linje 2: Højst 200 tegn". */
export function onLine(line: number, error: Text): Text {
  return message('web.chefgruppen.cycles.form-errors.on-line', { line, error });
}
