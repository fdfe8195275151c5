import { DomainError, DomainErrorCode, isDomainError, type OrganisationProblem } from '@ledelsesrum/domain';

/**
 * A change to one area, group or person. An id it names that does not exist is unknown (404 UNKNOWN_PERSON, …),
 * as an unknown id in a path is; a whole organisation document that names one is inconsistent in itself (400
 * ORGANISATION_INVALID, with every problem). The stored organisation keeps every rule, so a change's problems are its
 * own.
 */
export async function singleChange<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } catch (error) {
    throw unknownIdIn(error) ?? error;
  }
}

function unknownIdIn(error: unknown): DomainError | undefined {
  if (!isDomainError(error) || error.code !== DomainErrorCode.OrganisationInvalid) return undefined;
  const problems = (error.params['problems'] ?? []) as OrganisationProblem[];
  return problems.map(unknownId).find((unknown) => unknown !== undefined);
}

function unknownId(problem: OrganisationProblem): DomainError | undefined {
  switch (problem.rule) {
    case 'unknown-area':
      return new DomainError(DomainErrorCode.UnknownArea, { id: problem.params.areaId });
    case 'unknown-manager':
      return new DomainError(DomainErrorCode.UnknownPerson, { id: problem.params.managerId });
    case 'unknown-person':
      return new DomainError(DomainErrorCode.UnknownPerson, { id: problem.params.personId });
    default:
      return undefined;
  }
}
