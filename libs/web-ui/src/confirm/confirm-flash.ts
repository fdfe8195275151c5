import type { FormState } from '../common/form-fields';
import type { FormFlash } from '../common/form-flash';
import type { ConfirmField, ConfirmFormPage } from './confirm-page.templates';

export type Problems = Pick<ConfirmFormPage, 'values' | 'fieldErrors' | 'formErrors'>;

/** The key of a problem that belongs to no field, in the flash's errors. */
const FORM = 'form';

/** The refused form's problems as a form flash keeps them. */
export function shownAgain(problems: Problems): FormState {
  const [formError] = problems.formErrors;
  return {
    values: problems.values,
    errors: { ...problems.fieldErrors, ...(formError ? { [FORM]: formError } : {}) },
  };
}

/** The problems to show in the form from the flash the post left; none without one. */
export function problemsOf(flash: FormFlash | undefined): Problems {
  const { values = {}, errors = {} } = flash?.form ?? {};
  const { [FORM]: formError, ...fieldErrors } = errors;
  return {
    values: values as Problems['values'],
    fieldErrors: fieldErrors as Partial<Record<ConfirmField, Problems['fieldErrors'][ConfirmField]>>,
    formErrors: formError ? [formError] : [],
  };
}
