import { ConflictException } from '@nestjs/common';
import { DomainErrorCode, isDomainError, type DomainError, type OrganisationProblem } from '@ledelsesrum/domain';
import { WrongExpectedRevisionError } from '@ledelsesrum/event-store';
import { domainErrorText, message, organisationProblemText, refusal } from '@ledelsesrum/messages';
import { PersonalDataErasedError } from '@ledelsesrum/personal-data';
import type { FieldErrors } from '../../common/read-form';
import type { Text } from '../../common/text';

/**
 * Runs an organisation change and turns the rules it broke into errors at the form's fields, so the form can be shown
 * again: each problem of an inconsistent organisation (located by a path such as `people[3].managerId`) at the field
 * `fieldOf` names for its last segment, any other broken rule at the field `fallback` names for it. A concurrent change or erasure is a
 * conflict page, as the API answers 409 for them; anything else is not the form's business and goes on.
 */
export async function changeOrErrors(
  change: () => Promise<unknown>,
  fieldOf: (field: string) => string | undefined,
  fallback: string | ((error: DomainError) => string),
): Promise<FieldErrors | undefined> {
  try {
    await change();
    return undefined;
  } catch (error) {
    if (!isDomainError(error)) throw asConflict(error);
    const other = typeof fallback === 'string' ? fallback : fallback(error);
    if (error.code !== DomainErrorCode.OrganisationInvalid) return { [other]: domainErrorText(error) };
    const errors: Record<string, Text> = {};
    for (const problem of (error.params['problems'] ?? []) as OrganisationProblem[]) {
      const field = /\.(\w+)(?:\[\d+\])?$/.exec(problem.path)?.[1];
      errors[(field && fieldOf(field)) ?? other] ??= organisationProblemText(problem);
    }
    return Object.keys(errors).length > 0 ? errors : { [other]: domainErrorText(error) };
  }
}

/** A change that lost to another one (or to an erasure) is a conflict page, as the API answers 409 for it. */
export function asConflict(error: unknown): unknown {
  if (error instanceof WrongExpectedRevisionError) {
    return refusal(
      message('web.chefgruppen.organisation.change-errors.changed-meanwhile'),
      (line) => new ConflictException(line),
    );
  }
  if (!(error instanceof PersonalDataErasedError)) return error;
  return refusal(
    message('api.people.personal-data.erased', { personId: error.personId }),
    (line) => new ConflictException(line),
  );
}
