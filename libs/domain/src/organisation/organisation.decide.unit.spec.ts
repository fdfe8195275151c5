import {
  DomainErrorCode,
  decideOrganisation,
  evolveOrganisation,
  foldOrganisation,
  initialOrganisationState,
  type Area,
  type CommandContext,
  type EncryptedValue,
  type Group,
  type OrganisationCommand,
  type OrganisationEvent,
  type OrganisationState,
  type Person,
} from '@ledelsesrum/domain';
import { deciderSpecification } from '../testing/decider-specification';

// Fixtures. EncryptedValue is plain data to the domain, so a recognisable fake is enough.
const sealed = (label: string): EncryptedValue => ({ alg: 'A256GCM', iv: `iv-${label}`, ciphertext: label, tag: 't' });
const area = (id: string, name = `Område ${id}`): Area => ({ id, name });
const person = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  areaId: 'a-1',
  level: 'leder',
  experienced: false,
  name: sealed(`name-${id}`),
  email: sealed(`email-${id}`),
  ...overrides,
});
const group = (id: string, facilitatorId: string, memberIds: string[], name = `Gruppe ${id}`): Group => ({
  id,
  name,
  facilitatorId,
  memberIds,
});

const NOW = '2027-01-10T09:00:00.000Z';
const CONTEXT: CommandContext = { actorId: 'chef-1', now: NOW };
const AREAS = [area('a-1'), area('a-2')];
const CHEF = person('p-chef', { level: 'chef', experienced: true });
const LEADER = person('p-leader', { managerId: 'p-chef' });
const OTHER = person('p-other', { areaId: 'a-2' });
const PEOPLE = [CHEF, LEADER, OTHER];
const GROUP = group('g-1', 'p-chef', ['p-chef', 'p-leader', 'p-other']);

const importing = (
  overrides: Partial<{ areas: Area[]; people: Person[]; groups: Group[] }> = {},
): OrganisationCommand => ({ type: 'ImportOrganisation', areas: AREAS, people: PEOPLE, groups: [GROUP], ...overrides });

const IMPORTED: OrganisationEvent[] = [
  { type: 'AreaAdded', data: AREAS[0]! },
  { type: 'AreaAdded', data: AREAS[1]! },
  { type: 'PersonAdded', data: CHEF },
  { type: 'PersonAdded', data: LEADER },
  { type: 'PersonAdded', data: OTHER },
  { type: 'GroupCreated', data: GROUP },
];

const spec = deciderSpecification<OrganisationCommand, OrganisationState, OrganisationEvent, CommandContext>({
  decide: decideOrganisation,
  evolve: evolveOrganisation,
  initialState: initialOrganisationState,
  defaultContext: CONTEXT,
});

describe('ImportOrganisation (bulk import, recorded as the difference)', () => {
  it('records areas, then people, then groups on a first import', () => {
    spec.given([]).when(importing()).then(IMPORTED);
  });

  it('records nothing when the same organisation is imported again', () => {
    spec.given(IMPORTED).when(importing()).then([]);
  });

  it('adds the facilitator to the members when the document leaves them out', () => {
    spec
      .given([])
      .when(importing({ groups: [group('g-1', 'p-chef', ['p-leader'])] }))
      .then([...IMPORTED.slice(0, 5), { type: 'GroupCreated', data: group('g-1', 'p-chef', ['p-chef', 'p-leader']) }]);
  });

  it('records only what changed: a renamed area, a moved person, new personal details, a manager removed', () => {
    const moved = { ...OTHER, areaId: 'a-1', level: 'chef' as const, name: sealed('new-name') };
    const noManager: Person = { ...LEADER };
    delete (noManager as { managerId?: string }).managerId;
    spec
      .given(IMPORTED)
      .when(importing({ areas: [area('a-1', 'Nyt navn'), AREAS[1]!], people: [CHEF, noManager, moved] }))
      .then([
        { type: 'AreaRenamed', data: area('a-1', 'Nyt navn') },
        {
          type: 'PersonChanged',
          data: { id: 'p-leader', areaId: 'a-1', level: 'leder', experienced: false, managerId: null },
        },
        {
          type: 'PersonChanged',
          data: { id: 'p-other', areaId: 'a-1', level: 'chef', experienced: false, managerId: null },
        },
        { type: 'PersonDetailsChanged', data: { id: 'p-other', name: sealed('new-name'), email: OTHER.email } },
      ]);
  });

  it('records a change of language alone as PersonChanged, and its removal too', () => {
    const english = { ...OTHER, language: 'en' as const };
    const changed = { id: 'p-other', areaId: 'a-2', level: 'leder', experienced: false, managerId: null } as const;
    spec
      .given(IMPORTED)
      .when(importing({ people: [CHEF, LEADER, english] }))
      .then([{ type: 'PersonChanged', data: { ...changed, language: 'en' } }]);
    const givenEnglish: OrganisationEvent[] = [
      ...IMPORTED,
      { type: 'PersonChanged', data: { ...changed, language: 'en' } },
    ];
    spec
      .given(givenEnglish)
      .when(importing({ people: [CHEF, LEADER, english] }))
      .then([]);
    spec
      .given(givenEnglish)
      .when(importing())
      .then([{ type: 'PersonChanged', data: changed }]);
  });

  it('adds members before a new facilitator is named and removes members after', () => {
    const newChef = person('p-chef2', { level: 'direktør' });
    spec
      .given(IMPORTED)
      .when(importing({ people: [...PEOPLE, newChef], groups: [group('g-1', 'p-chef2', ['p-chef2', 'p-leader'])] }))
      .then([
        { type: 'PersonAdded', data: newChef },
        { type: 'GroupMemberAdded', data: { groupId: 'g-1', personId: 'p-chef2' } },
        { type: 'GroupFacilitatorChanged', data: { groupId: 'g-1', facilitatorId: 'p-chef2' } },
        { type: 'GroupMemberRemoved', data: { groupId: 'g-1', personId: 'p-chef' } },
        { type: 'GroupMemberRemoved', data: { groupId: 'g-1', personId: 'p-other' } },
      ]);
  });

  it('dissolves absent groups, then lets absent people leave, then removes absent areas', () => {
    spec
      .given(IMPORTED)
      .when(importing({ areas: [AREAS[0]!], people: [CHEF, LEADER], groups: [] }))
      .then([
        { type: 'GroupDissolved', data: { id: 'g-1' } },
        { type: 'PersonLeft', data: { id: 'p-other', at: NOW } },
        { type: 'AreaRemoved', data: { id: 'a-2' } },
      ]);
  });

  it('adds a person who left and comes back again', () => {
    const left: OrganisationEvent = { type: 'PersonLeft', data: { id: 'p-other', at: NOW } };
    const back = { ...OTHER, experienced: true };
    spec
      .given([...IMPORTED.slice(0, 5), left])
      .when(importing({ people: [CHEF, LEADER, back], groups: [] }))
      .then([{ type: 'PersonAdded', data: back }]);
  });

  it('rejects an inconsistent organisation with every problem located by its path', () => {
    const leaderFacilitating = group('g-2', 'p-leader', ['p-leader']);
    spec
      .given([])
      .when(
        importing({
          people: [
            CHEF,
            person('p-leader', { areaId: 'nowhere', managerId: 'p-ghost' }),
            person('p-other', { managerId: 'p-other' }),
            person('p-loop-1', { managerId: 'p-loop-2' }),
            person('p-loop-2', { managerId: 'p-loop-1' }),
            person('p-chef', { level: 'chef' }),
          ],
          groups: [GROUP, leaderFacilitating, group('g-3', 'p-ghost', ['p-ghost', 'p-ghost'])],
        }),
      )
      .thenThrows(DomainErrorCode.OrganisationInvalid, {
        problems: [
          { path: 'people[5].id', rule: 'id-twice', params: { id: 'p-chef' } },
          { path: 'people[1].areaId', rule: 'unknown-area', params: { areaId: 'nowhere' } },
          { path: 'people[1].managerId', rule: 'unknown-manager', params: { managerId: 'p-ghost' } },
          { path: 'people[2].managerId', rule: 'own-manager', params: {} },
          { path: 'people[3].managerId', rule: 'manager-loop', params: {} },
          { path: 'people[4].managerId', rule: 'manager-loop', params: {} },
          {
            path: 'groups[1].facilitatorId',
            rule: 'facilitator-level',
            params: { personId: 'p-leader', level: 'leder' },
          },
          { path: 'groups[2].facilitatorId', rule: 'unknown-person', params: { personId: 'p-ghost' } },
          { path: 'groups[2].memberIds[0]', rule: 'unknown-person', params: { personId: 'p-ghost' } },
          { path: 'groups[2].memberIds[1]', rule: 'unknown-person', params: { personId: 'p-ghost' } },
          { path: 'groups[2].memberIds', rule: 'member-twice', params: {} },
        ],
      });
  });
});

describe('values no rule allows', () => {
  it.each([
    ['person.level', { level: null }],
    ['person.experienced', { experienced: null }],
    ['person.name', { name: { ...CHEF.name, ciphertext: '' } }],
    ['person.managerId', { managerId: 'not an id' }],
  ])('refuses %s with INVALID_VALUE, whatever the HTTP layer let through', (field, change) => {
    const value = Object.values(change)[0];
    const echoed = value === null || typeof value === 'string' ? { value } : {};
    spec
      .given(IMPORTED)
      .when({ type: 'UpdatePerson', person: { ...CHEF, ...change } as never })
      .thenThrows(DomainErrorCode.InvalidValue, { field, ...echoed });
  });

  it('names the place of a refused value in a whole organisation', () => {
    spec
      .given([])
      .when(importing({ people: [CHEF, { ...LEADER, level: 'boss' as never }] }))
      .thenThrows(DomainErrorCode.InvalidValue, { field: 'people[1].level', value: 'boss' });
  });
});

describe('single changes', () => {
  it('adds an area, and refuses one that exists with AREA_EXISTS', () => {
    spec
      .given(IMPORTED)
      .when({ type: 'AddArea', area: area('a-3') })
      .then([{ type: 'AreaAdded', data: area('a-3') }]);
    spec
      .given(IMPORTED)
      .when({ type: 'AddArea', area: area('a-1') })
      .thenThrows(DomainErrorCode.AreaExists, { id: 'a-1' });
  });

  it('renames an area, and refuses an unknown one with UNKNOWN_AREA', () => {
    spec
      .given(IMPORTED)
      .when({ type: 'RenameArea', area: area('a-2', 'Kultur') })
      .then([{ type: 'AreaRenamed', data: area('a-2', 'Kultur') }]);
    spec
      .given(IMPORTED)
      .when({ type: 'RenameArea', area: area('a-9') })
      .thenThrows(DomainErrorCode.UnknownArea);
  });

  it('adds a person, refusing a duplicate id and a reference to an unknown area', () => {
    const newcomer = person('p-new', { managerId: 'p-chef' });
    spec
      .given(IMPORTED)
      .when({ type: 'AddPerson', person: newcomer })
      .then([{ type: 'PersonAdded', data: newcomer }]);
    spec.given(IMPORTED).when({ type: 'AddPerson', person: CHEF }).thenThrows(DomainErrorCode.PersonExists);
    spec
      .given(IMPORTED)
      .when({ type: 'AddPerson', person: person('p-new', { areaId: 'a-9' }) })
      .thenThrows(DomainErrorCode.OrganisationInvalid);
  });

  it('updates a person, and refuses one who has left with PERSON_LEFT', () => {
    const promoted = { ...LEADER, level: 'chef' as const };
    spec
      .given(IMPORTED)
      .when({ type: 'UpdatePerson', person: promoted })
      .then([
        {
          type: 'PersonChanged',
          data: { id: 'p-leader', areaId: 'a-1', level: 'chef', experienced: false, managerId: 'p-chef' },
        },
      ]);
    spec
      .given([
        ...IMPORTED,
        { type: 'GroupMemberRemoved', data: { groupId: 'g-1', personId: 'p-leader' } },
        { type: 'PersonLeft', data: { id: 'p-leader', at: NOW } },
      ])
      .when({ type: 'UpdatePerson', person: promoted })
      .thenThrows(DomainErrorCode.PersonLeft, { personId: 'p-leader' });
  });

  it('adds a person whose language is English, changes it, and sets it back to none (Danish)', () => {
    const english = person('p-new', { language: 'en' });
    spec
      .given(IMPORTED)
      .when({ type: 'AddPerson', person: english })
      .then([{ type: 'PersonAdded', data: english }]);
    const profile = { id: 'p-new', areaId: 'a-1', level: 'leder', experienced: false, managerId: null } as const;
    const given = [...IMPORTED, { type: 'PersonAdded', data: english } as OrganisationEvent];
    spec
      .given(given)
      .when({ type: 'UpdatePerson', person: { ...english, language: 'da' } })
      .then([{ type: 'PersonChanged', data: { ...profile, language: 'da' } }]);
    spec
      .given(given)
      .when({ type: 'UpdatePerson', person: person('p-new') })
      .then([{ type: 'PersonChanged', data: profile }]);
    spec.given(given).when({ type: 'UpdatePerson', person: english }).then([]);
    spec
      .given(IMPORTED)
      .when({ type: 'AddPerson', person: person('p-new', { language: 'fr' as never }) })
      .thenThrows(DomainErrorCode.OrganisationInvalid, {
        problems: [{ path: 'people[3].language', rule: 'unknown-language', params: { language: 'fr' } }],
      });
  });

  it('lets a person leave: out of their groups first, then PersonLeft', () => {
    spec
      .given(IMPORTED)
      .when({ type: 'PersonLeaves', id: 'p-other' })
      .then([
        { type: 'GroupMemberRemoved', data: { groupId: 'g-1', personId: 'p-other' } },
        { type: 'PersonLeft', data: { id: 'p-other', at: NOW } },
      ]);
  });

  it('refuses to let a facilitator leave (PERSON_IS_FACILITATOR) or be removed from their group', () => {
    spec
      .given(IMPORTED)
      .when({ type: 'PersonLeaves', id: 'p-chef' })
      .thenThrows(DomainErrorCode.PersonIsFacilitator, {
        groupIds: ['g-1'],
      });
    spec
      .given(IMPORTED)
      .when({ type: 'RemoveGroupMember', groupId: 'g-1', personId: 'p-chef' })
      .thenThrows(DomainErrorCode.PersonIsFacilitator);
  });

  it('creates a group, refusing an existing id and a facilitator who is not chef or direktør', () => {
    const created = group('g-2', 'p-chef', ['p-chef', 'p-other']);
    spec
      .given(IMPORTED)
      .when({ type: 'CreateGroup', group: created })
      .then([{ type: 'GroupCreated', data: created }]);
    spec.given(IMPORTED).when({ type: 'CreateGroup', group: GROUP }).thenThrows(DomainErrorCode.GroupExists);
    spec
      .given(IMPORTED)
      .when({ type: 'CreateGroup', group: group('g-2', 'p-leader', ['p-leader']) })
      .thenThrows(DomainErrorCode.OrganisationInvalid);
  });

  it('adds and removes members, refusing ALREADY_MEMBER, NOT_MEMBER and UNKNOWN_GROUP', () => {
    const newcomer = person('p-new');
    const given = [...IMPORTED, { type: 'PersonAdded', data: newcomer } as OrganisationEvent];
    spec
      .given(given)
      .when({ type: 'AddGroupMember', groupId: 'g-1', personId: 'p-new' })
      .then([{ type: 'GroupMemberAdded', data: { groupId: 'g-1', personId: 'p-new' } }]);
    spec
      .given(given)
      .when({ type: 'AddGroupMember', groupId: 'g-1', personId: 'p-other' })
      .thenThrows(DomainErrorCode.AlreadyMember);
    spec
      .given(given)
      .when({ type: 'RemoveGroupMember', groupId: 'g-1', personId: 'p-new' })
      .thenThrows(DomainErrorCode.NotMember);
    spec
      .given(given)
      .when({ type: 'AddGroupMember', groupId: 'g-9', personId: 'p-new' })
      .thenThrows(DomainErrorCode.UnknownGroup, { id: 'g-9' });
  });

  it('changes the facilitator to a member who is chef or direktør, and refuses a leder', () => {
    const given = [
      ...IMPORTED,
      { type: 'PersonAdded', data: person('p-dir', { level: 'direktør' }) } as OrganisationEvent,
    ];
    spec
      .given(given)
      .when({ type: 'ChangeFacilitator', groupId: 'g-1', facilitatorId: 'p-dir' })
      .then([
        { type: 'GroupMemberAdded', data: { groupId: 'g-1', personId: 'p-dir' } },
        { type: 'GroupFacilitatorChanged', data: { groupId: 'g-1', facilitatorId: 'p-dir' } },
      ]);
    spec
      .given(given)
      .when({ type: 'ChangeFacilitator', groupId: 'g-1', facilitatorId: 'p-leader' })
      .thenThrows(DomainErrorCode.OrganisationInvalid);
  });

  it('records an erasure of personal data once, and refuses an unknown person with UNKNOWN_PERSON', () => {
    const erased: OrganisationEvent = { type: 'PersonalDataErased', data: { id: 'p-other', at: NOW } };
    spec.given(IMPORTED).when({ type: 'ErasePersonalData', id: 'p-other' }).then([erased]);
    spec
      .given([...IMPORTED, erased])
      .when({ type: 'ErasePersonalData', id: 'p-other' })
      .then([]);
    spec.given(IMPORTED).when({ type: 'ErasePersonalData', id: 'p-ghost' }).thenThrows(DomainErrorCode.UnknownPerson);
  });

  it('reads an id such as "constructor" as unknown, not as a built-in', () => {
    spec.given(IMPORTED).when({ type: 'PersonLeaves', id: 'constructor' }).thenThrows(DomainErrorCode.UnknownPerson);
  });
});

describe('evolveOrganisation', () => {
  it('keeps people who left, marked with when, and out of every group', () => {
    const state = foldOrganisation([
      ...IMPORTED,
      { type: 'GroupMemberRemoved', data: { groupId: 'g-1', personId: 'p-other' } },
      { type: 'PersonLeft', data: { id: 'p-other', at: NOW } },
    ]);
    expect(state.people['p-other']).toMatchObject({ id: 'p-other', leftAt: NOW });
    expect(state.groups['g-1']?.memberIds).toEqual(['p-chef', 'p-leader']);
  });

  it('clears the departure when the person is added again, and the manager when a change sets none', () => {
    const state = foldOrganisation([
      ...IMPORTED,
      { type: 'PersonLeft', data: { id: 'p-other', at: NOW } },
      { type: 'PersonAdded', data: OTHER },
      {
        type: 'PersonChanged',
        data: { id: 'p-leader', areaId: 'a-2', level: 'leder', experienced: true, managerId: null },
      },
    ]);
    expect(state.people['p-other']?.leftAt).toBeUndefined();
    expect(state.people['p-leader']).toMatchObject({ areaId: 'a-2', experienced: true });
    expect(state.people['p-leader']).not.toHaveProperty('managerId');
  });

  it('sets the language a change names, and clears it when a change names none', () => {
    const profile = { id: 'p-leader', areaId: 'a-1', level: 'leder', experienced: false, managerId: 'p-chef' } as const;
    const english = foldOrganisation([...IMPORTED, { type: 'PersonChanged', data: { ...profile, language: 'en' } }]);
    expect(english.people['p-leader']?.language).toBe('en');
    const back = evolveOrganisation(english, { type: 'PersonChanged', data: profile });
    expect(back.people['p-leader']).not.toHaveProperty('language');
    expect(back.people['p-leader']).toMatchObject({ managerId: 'p-chef' });
  });
});
