import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { VALIDATION_OPTIONS } from '@ledelsesrum/api/common';
import { ConfirmCascadeDto } from '@ledelsesrum/api/cycles';
import type { Bilingual } from '@ledelsesrum/messages';
import type { ConfirmField, ConfirmFormPage } from './confirm-page.templates';

type Problems = Pick<ConfirmFormPage, 'values' | 'fieldErrors' | 'formErrors'>;

const FIELDS: readonly ConfirmField[] = ['passedOnAt', 'channel', 'note'];

/** One message per field, in the words of the form rather than of the validator. */
const FIELD_MESSAGES: Record<ConfirmField, Bilingual> = {
  passedOnAt: { da: 'Vælg datoen, hvor du gav resultaterne videre', en: 'Choose the date you passed the results on' },
  channel: { da: 'Skriv hvordan, med højst 200 tegn', en: 'Say how, in at most 200 characters' },
  note: { da: 'Refleksionen må højst være 2.000 tegn', en: 'The reflection can be at most 2,000 characters' },
};

/**
 * Reads the confirmation form with the very DTO and options the JSON route is validated with. An empty reflection is
 * a reflection not given (a form always sends its textarea). Either the command's fields, or what to show again.
 */
export async function readConfirmForm(
  body: unknown,
): Promise<{ readonly dto: ConfirmCascadeDto } | { readonly problems: Problems }> {
  const form: Record<string, unknown> =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? { ...(body as object) } : {};
  if (typeof form['note'] === 'string' && form['note'].trim() === '') delete form['note'];
  const dto = plainToInstance(ConfirmCascadeDto, form);
  const errors = await validate(dto, VALIDATION_OPTIONS);
  if (errors.length === 0) return { dto };
  const fieldErrors: Problems['fieldErrors'] = {};
  const unknown: string[] = [];
  for (const error of errors) {
    const field = FIELDS.find((candidate) => candidate === error.property);
    if (field) fieldErrors[field] = FIELD_MESSAGES[field];
    else unknown.push(error.property);
  }
  const values = Object.fromEntries(
    FIELDS.flatMap((field) => (typeof form[field] === 'string' ? [[field, form[field]]] : [])),
  ) as Problems['values'];
  const formErrors = unknown.length
    ? [{ da: `Ukendte felter: ${unknown.join(', ')}`, en: `Unknown fields: ${unknown.join(', ')}` }]
    : [];
  return { problems: { values, fieldErrors, formErrors } };
}
