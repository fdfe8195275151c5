import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { VALIDATION_OPTIONS } from '@ledelsesrum/api/common';
import { ConfirmCascadeDto } from '@ledelsesrum/api/cycles';
import { DomainErrorCode } from '@ledelsesrum/domain';
import { message, type Bilingual } from '@ledelsesrum/messages';
import type { RefusalFields } from '../common/refusal-at-field';
import { readDate } from '../common/date-fields';
import type { ConfirmField, ConfirmFormPage } from './confirm-page.templates';

type Problems = Pick<ConfirmFormPage, 'values' | 'fieldErrors' | 'formErrors'>;

const FIELDS: readonly ConfirmField[] = ['passedOnAt', 'channel', 'note'];

/** The date's three fields, typed as day, month and year; shown again as typed. */
const DATE_PARTS = ['passedOnAt.day', 'passedOnAt.month', 'passedOnAt.year'];

/** One message per field, in the words of the form rather than of the validator. */
const FIELD_MESSAGES: Record<ConfirmField, Bilingual> = {
  passedOnAt: message('web.confirm.form.passed-on-at.invalid'),
  channel: message('web.confirm.form.channel.invalid'),
  note: message('web.confirm.form.note.invalid'),
};

/** The refusals of a confirmation that are about one of the form's fields: when it was passed on. */
export const CASCADE_REFUSALS: RefusalFields = {
  [DomainErrorCode.CascadeBeforeSummary]: 'passedOnAt',
  [DomainErrorCode.CascadeInFuture]: 'passedOnAt',
};

/** The confirmation form's fields as typed (the date as its three parts), to show again. */
export function confirmFormValues(form: Readonly<Record<string, unknown>>): Problems['values'] {
  return Object.fromEntries(
    [...DATE_PARTS, ...FIELDS].flatMap((field) => (typeof form[field] === 'string' ? [[field, form[field]]] : [])),
  ) as Problems['values'];
}

/**
 * Reads the confirmation form with the very DTO and options the JSON route is validated with. An empty reflection is
 * a reflection not given (a form always sends its textarea); the date comes as day, month and year, read into the
 * command's `YYYY-MM-DD`. Either the command's fields, or what to show again.
 */
export async function readConfirmForm(
  body: unknown,
): Promise<{ readonly dto: ConfirmCascadeDto } | { readonly problems: Problems }> {
  const form: Record<string, unknown> =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...(body as object) } : {};
  if (typeof form['note'] === 'string' && form['note'].trim() === '') delete form['note'];
  const typed = confirmFormValues(form);
  const date = readDate(form, 'passedOnAt');
  for (const part of DATE_PARTS) delete form[part];
  // An unreadable date goes to the DTO as no date at all, so that it refuses it too.
  if ('value' in date && date.value) form['passedOnAt'] = date.value;
  const dto = plainToInstance(ConfirmCascadeDto, form);
  const errors = await validate(dto, VALIDATION_OPTIONS);
  if (errors.length === 0) return { dto };
  const fieldErrors: Problems['fieldErrors'] = {};
  const unknown: string[] = [];
  for (const error of errors) {
    const field = FIELDS.find((candidate) => candidate === error.property);
    if (field) fieldErrors[field] = field === 'passedOnAt' && 'error' in date ? date.error : FIELD_MESSAGES[field];
    else unknown.push(error.property);
  }
  const values = { ...typed, ...confirmFormValues(form) };
  const formErrors = unknown.length ? [message('web.confirm.form.unknown-fields', { fields: unknown.join(', ') })] : [];
  return { problems: { values, fieldErrors, formErrors } };
}
