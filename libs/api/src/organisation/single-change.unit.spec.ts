import { DomainError, DomainErrorCode, type OrganisationProblem } from '@ledelsesrum/domain';
import { singleChange } from './single-change';

const invalid = (...problems: OrganisationProblem[]) =>
  Promise.reject(new DomainError(DomainErrorCode.OrganisationInvalid, { problems }));

describe('a change to one thing', () => {
  it('answers as it did when nothing was refused', async () => {
    await expect(singleChange(Promise.resolve('done'))).resolves.toBe('done');
  });

  it.each([
    [
      'a member',
      { path: 'groups[0].memberIds[3]', rule: 'unknown-person', params: { personId: 'p-9' } },
      'UNKNOWN_PERSON',
    ],
    [
      'a manager',
      { path: 'people[2].managerId', rule: 'unknown-manager', params: { managerId: 'p-9' } },
      'UNKNOWN_PERSON',
    ],
    ['an area', { path: 'people[2].areaId', rule: 'unknown-area', params: { areaId: 'p-9' } }, 'UNKNOWN_AREA'],
  ] as const)('naming %s that does not exist is unknown, with its id', async (_what, problem, code) => {
    await expect(singleChange(invalid(problem))).rejects.toMatchObject({ code, params: { id: 'p-9' } });
  });

  it('names the first unknown id, whatever other rule the change breaks before it', async () => {
    const refused = singleChange(
      invalid(
        { path: 'groups[0].facilitatorId', rule: 'facilitator-level', params: { personId: 'p-1', level: 'leder' } },
        { path: 'groups[0].memberIds[1]', rule: 'unknown-person', params: { personId: 'p-9' } },
      ),
    );
    await expect(refused).rejects.toMatchObject({ code: 'UNKNOWN_PERSON', params: { id: 'p-9' } });
  });

  it('keeps a broken rule between ids that exist as it is, with its problems', async () => {
    const problem = { path: 'people[0].managerId', rule: 'manager-loop', params: {} } as const;
    await expect(singleChange(invalid(problem))).rejects.toMatchObject({
      code: 'ORGANISATION_INVALID',
      params: { problems: [problem] },
    });
  });

  it('passes any other refusal through', async () => {
    const error = new DomainError(DomainErrorCode.PersonLeft, { personId: 'p-1' });
    await expect(singleChange(Promise.reject(error))).rejects.toBe(error);
  });
});
