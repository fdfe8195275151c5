import { parseCopenhagenDateTime } from '@ledelsesrum/domain';
import { selectionProblem, type ExportFormat, type ExportSelection } from '@ledelsesrum/audit';
import { ExportQueryDto } from '@ledelsesrum/api/audit';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../common/form-fields';
import { readMoment, typedDate } from '../common/date-fields';
import { readForm } from '../common/read-form';
import type { Text } from '../common/text';
import { EXPORT_QUERY } from './export-links';

/** What to export: checked as GET /api/audit/export checks it, so the two can never export different things. */
export interface ExportChoice {
  readonly format: ExportFormat;
  readonly selection: ExportSelection;
}

/** The DTO's field names (the API's) to the form's. */
const FORM_FIELD: Readonly<Record<string, string>> = {
  format: EXPORT_QUERY.format,
  stream: EXPORT_QUERY.stream,
  from: EXPORT_QUERY.from,
  to: EXPORT_QUERY.to,
};

const BAD_MOMENT: Text = message('web.auditor.moment.invalid');

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The export form's query as the API's ExportQueryDto and `selectionProblem` judge it, with the window's ends read on
 * a Copenhagen clock. Either the choice, or the form again with an error at each wrong field.
 */
export async function readExportQuery(
  query: Record<string, unknown>,
): Promise<{ readonly value: ExportChoice } | { readonly form: FormState }> {
  const values: Record<string, string> = {
    ...Object.fromEntries(Object.values(EXPORT_QUERY).map((name) => [name, text(query[name])])),
    ...typedDate(query, EXPORT_QUERY.from),
    ...typedDate(query, EXPORT_QUERY.to),
  };
  const errors: Record<string, Text> = {};
  const instant = (field: string): string | undefined => {
    const moment = readMoment(query, field);
    if ('error' in moment) errors[field] = moment.error;
    if (!('value' in moment) || !moment.value) return undefined;
    const at = parseCopenhagenDateTime(moment.value);
    if (at === undefined) errors[field] = BAD_MOMENT;
    return at;
  };
  const from = instant(EXPORT_QUERY.from);
  const to = instant(EXPORT_QUERY.to);
  const format = values[EXPORT_QUERY.format];
  const stream = values[EXPORT_QUERY.stream];
  const read = await readForm(ExportQueryDto, {
    ...(format ? { format } : {}),
    ...(stream ? { stream } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  if ('errors' in read) {
    for (const [path, error] of Object.entries(read.errors)) errors[FORM_FIELD[path] ?? path] ??= error;
  }
  if ('errors' in read || Object.keys(errors).length > 0) return { form: { values, errors } };
  const selection: ExportSelection = {
    ...(read.value.stream !== undefined ? { stream: read.value.stream } : {}),
    ...(from ? { from: new Date(from) } : {}),
    ...(to ? { to: new Date(to) } : {}),
  };
  const problem = selectionProblem(selection);
  if (problem) {
    const field = problem.startsWith('stream') ? EXPORT_QUERY.stream : EXPORT_QUERY.to;
    const error: Text =
      field === EXPORT_QUERY.to
        ? message('web.auditor.export.to.before-from')
        : message('web.common.constraint.choice');
    return { form: { values, errors: { [field]: error } } };
  }
  return { value: { format: read.value.format ?? 'jsonl', selection } };
}
