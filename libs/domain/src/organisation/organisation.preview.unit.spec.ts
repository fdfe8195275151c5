import {
  decideOrganisation,
  evolveOrganisationAll,
  foldOrganisation,
  previewOrganisationChange,
  type EncryptedValue,
  type Group,
  type OrganisationCommand,
  type Person,
} from '@ledelsesrum/domain';

const sealed = (label: string): EncryptedValue => ({ alg: 'A256GCM', iv: `iv-${label}`, ciphertext: label, tag: 't' });
const person = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  areaId: 'a-1',
  level: 'leder',
  experienced: false,
  name: sealed(`name-${id}`),
  email: sealed(`email-${id}`),
  ...overrides,
});
const CONTEXT = { actorId: 'chef-1', now: '2027-01-10T09:00:00.000Z' };
const AREAS = [{ id: 'a-1', name: 'Område 1' }];
const CHEF = person('p-chef', { level: 'chef', experienced: true });
const GROUP: Group = { id: 'g-1', name: 'Gruppe 1', facilitatorId: 'p-chef', memberIds: ['p-chef', 'p-a'] };
const importing = (people: Person[], groups: Group[]): OrganisationCommand => ({
  type: 'ImportOrganisation',
  areas: AREAS,
  people,
  groups,
});
const before = foldOrganisation(
  decideOrganisation(importing([CHEF, person('p-a'), person('p-b')], [GROUP]), foldOrganisation([]), CONTEXT),
);
const preview = (people: Person[], groups: Group[]) =>
  previewOrganisationChange(before, decideOrganisation(importing(people, groups), before, CONTEXT));

describe('previewOrganisationChange', () => {
  it('names who joins, who leaves, and which fields change for whom', () => {
    const changed = person('p-a', { level: 'chef', email: sealed('new-email'), managerId: 'p-chef' });
    const result = preview([CHEF, changed, person('p-new')], [GROUP]);
    expect(result.added).toEqual(['p-new']);
    expect(result.leaving).toEqual(['p-b']);
    expect(result.changed).toEqual([{ personId: 'p-a', fields: ['level', 'managerId', 'email'] }]);
  });

  it('names a new workplace or staff address among the changed fields, and one taken away', () => {
    const placed = person('p-a', { workplace: 'Solsikken', staffAddress: 'personale@kommune.dk' });
    const placing = decideOrganisation(importing([CHEF, placed, person('p-b')], [GROUP]), before, CONTEXT);
    expect(previewOrganisationChange(before, placing).changed).toEqual([
      { personId: 'p-a', fields: ['workplace', 'staffAddress'] },
    ]);
    const after = evolveOrganisationAll(before, placing);
    expect(after.people['p-a']).toMatchObject({ workplace: 'Solsikken', staffAddress: 'personale@kommune.dk' });
    const removing = decideOrganisation(importing([CHEF, person('p-a'), person('p-b')], [GROUP]), after, CONTEXT);
    expect(previewOrganisationChange(after, removing).changed).toEqual([
      { personId: 'p-a', fields: ['workplace', 'staffAddress'] },
    ]);
    expect(evolveOrganisationAll(after, removing).people['p-a']).not.toHaveProperty('workplace');
  });

  it('refuses a staff address that is no e-mail address', () => {
    const command = importing([CHEF, person('p-a', { staffAddress: 'alle' }), person('p-b')], [GROUP]);
    expect(() => decideOrganisation(command, before, CONTEXT)).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
  });

  it('warns of a group that would hold a manager and their own direct report', () => {
    const result = preview([CHEF, person('p-a', { managerId: 'p-chef' }), person('p-b')], [GROUP]);
    expect(result.managersWithReports).toEqual([{ groupId: 'g-1', managerId: 'p-chef', reportIds: ['p-a'] }]);
    expect(preview([CHEF, person('p-a'), person('p-b')], [GROUP]).managersWithReports).toEqual([]);
  });

  it('tells created, changed and dissolved groups apart, and says nothing for the same organisation', () => {
    const second: Group = { id: 'g-2', name: 'Gruppe 2', facilitatorId: 'p-chef', memberIds: ['p-chef', 'p-b'] };
    const result = preview([CHEF, person('p-a'), person('p-b')], [second]);
    expect(result).toMatchObject({ groupsCreated: ['g-2'], groupsChanged: [], groupsDissolved: ['g-1'] });
    expect(preview([CHEF, person('p-a'), person('p-b')], [GROUP])).toEqual({
      added: [],
      changed: [],
      leaving: [],
      groupsCreated: [],
      groupsChanged: [],
      groupsDissolved: [],
      managersWithReports: [],
    });
  });
});
