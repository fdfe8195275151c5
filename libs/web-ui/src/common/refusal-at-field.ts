import { isDomainError, type DomainErrorCode } from '@ledelsesrum/domain';
import { domainErrorText } from '@ledelsesrum/messages';
import { statusOfDomainError } from '@ledelsesrum/api/common';
import type { FieldErrors } from './read-form';

/** The form field each refusal of the domain is about, by its code (a meeting held in the future: its time). */
export type RefusalFields = Partial<Readonly<Record<DomainErrorCode, string>>>;

/** A refusal said at its field, with the status the JSON route answers it with. */
export interface RefusedAtField {
  readonly status: number;
  readonly errors: FieldErrors;
}

/**
 * Runs a form's command. A refusal about one of the form's fields comes back as that field's error, so the form is
 * shown again with what was typed; any other refusal (the wrong stage, a concurrent change) goes on to its error page.
 */
export async function refusalAtField<T>(
  run: () => Promise<T>,
  fields: RefusalFields,
): Promise<{ readonly value: T } | RefusedAtField> {
  try {
    return { value: await run() };
  } catch (error) {
    const field = isDomainError(error) ? fields[error.code] : undefined;
    if (!isDomainError(error) || field === undefined) throw error;
    return { status: statusOfDomainError(error.code), errors: { [field]: domainErrorText(error) } };
  }
}
