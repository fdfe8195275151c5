import {
  type Area,
  type EncryptedValue,
  type Group,
  type ImportOrganisation,
  type OrganisationEvent,
  type Person,
  decideOrganisation,
  DomainErrorCode,
  evolveOrganisation,
  groupParticipants,
  initialOrganisationState,
} from '@ledelsesrum/domain';
import { deciderSpecification } from '../testing/decider-specification';

// ---------------------------------------------------------------------------------------------------------------------
// Fixtures. EncryptedValue is plain data: the domain only compares it, so a recognisable fake is enough.
// ---------------------------------------------------------------------------------------------------------------------

const encrypted = (label: string): EncryptedValue => ({
  alg: 'A256GCM',
  iv: `iv-${label}`,
  ciphertext: `ciphertext-${label}`,
  tag: `tag-${label}`,
});

const area = (id: string, name: string): Area => ({ id, name });
const person = (id: string, areaId: string, overrides: Partial<Person> = {}): Person => ({
  id,
  areaId,
  level: 'leder',
  experienced: false,
  name: encrypted(`name-${id}`),
  email: encrypted(`email-${id}`),
  ...overrides,
});
const group = (id: string, facilitatorId: string, memberIds: readonly string[], name = `Gruppe ${id}`): Group => ({
  id,
  name,
  facilitatorId,
  memberIds,
});

const AREA_1 = area('area-1', 'Børn og Unge');
const AREA_2 = area('area-2', 'Teknik og Miljø');
const PERSON_1 = person('person-1', 'area-1', { level: 'chef', experienced: true });
const PERSON_2 = person('person-2', 'area-1');
const PERSON_3 = person('person-3', 'area-2');
const GROUP_1 = group('group-1', 'person-1', ['person-2', 'person-3']);
const GROUP_2 = group('group-2', 'person-3', ['person-2']);

const importOrganisation = (
  areas: readonly Area[] = [AREA_1, AREA_2],
  people: readonly Person[] = [PERSON_1, PERSON_2, PERSON_3],
  groups: readonly Group[] = [GROUP_1, GROUP_2],
): ImportOrganisation => ({ type: 'ImportOrganisation', areas, people, groups });

/** The events a first import of the full fixture organisation records. */
const imported = (): OrganisationEvent[] => [
  { type: 'AreaDefined', data: AREA_1 },
  { type: 'AreaDefined', data: AREA_2 },
  { type: 'PersonRegistered', data: PERSON_1 },
  { type: 'PersonRegistered', data: PERSON_2 },
  { type: 'PersonRegistered', data: PERSON_3 },
  { type: 'GroupDefined', data: GROUP_1 },
  { type: 'GroupDefined', data: GROUP_2 },
];

const spec = deciderSpecification({
  decide: decideOrganisation,
  evolve: evolveOrganisation,
  initialState: initialOrganisationState,
});

// ---------------------------------------------------------------------------------------------------------------------

describe('decideOrganisation: ImportOrganisation', () => {
  it('records the areas, then the people, then the groups when importing into an empty organisation', () => {
    spec.given([]).when(importOrganisation()).then(imported());
  });

  it('records nothing when the same organisation is imported again', () => {
    spec.given(imported()).when(importOrganisation()).then([]);
  });

  it('compares encrypted values by content, not by object identity', () => {
    const copies = [PERSON_1, PERSON_2, PERSON_3].map((p) => ({ ...p, name: { ...p.name }, email: { ...p.email } }));
    spec.given(imported()).when(importOrganisation(undefined, copies)).then([]);
  });

  it('records only AreaDefined for a renamed area', () => {
    const renamed = area('area-2', 'Teknik, Miljø og Klima');
    spec
      .given(imported())
      .when(importOrganisation([AREA_1, renamed]))
      .then([{ type: 'AreaDefined', data: renamed }]);
  });

  it.each<[string, Partial<Person>]>([
    ['name (a different EncryptedValue)', { name: encrypted('name-person-2-married') }],
    ['e-mail (a different EncryptedValue)', { email: encrypted('email-person-2-new') }],
    ['level', { level: 'chef' }],
    ['area', { areaId: 'area-2' }],
    ['experience', { experienced: true }],
  ])('records only PersonRegistered for a person whose %s changed', (_field, change) => {
    const changed = { ...PERSON_2, ...change };
    spec
      .given(imported())
      .when(importOrganisation(undefined, [PERSON_1, changed, PERSON_3]))
      .then([{ type: 'PersonRegistered', data: changed }]);
  });

  it.each<[string, Group]>([
    ['name', group('group-2', 'person-3', ['person-2'], 'Nyt navn')],
    ['facilitator', group('group-2', 'person-1', ['person-2'])],
    ['members', group('group-2', 'person-3', ['person-2', 'person-1'])],
  ])('records only GroupDefined for a group whose %s changed', (_field, changed) => {
    spec
      .given(imported())
      .when(importOrganisation(undefined, undefined, [GROUP_1, changed]))
      .then([{ type: 'GroupDefined', data: changed }]);
  });

  it('records new entities in dependency order next to unchanged ones', () => {
    const area3 = area('area-3', 'Social og Sundhed');
    const person4 = person('person-4', 'area-3');
    const group3 = group('group-3', 'person-4', ['person-1']);
    spec
      .given(imported())
      .when(
        importOrganisation(
          [AREA_1, AREA_2, area3],
          [PERSON_1, PERSON_2, PERSON_3, person4],
          [GROUP_1, GROUP_2, group3],
        ),
      )
      .then([
        { type: 'AreaDefined', data: area3 },
        { type: 'PersonRegistered', data: person4 },
        { type: 'GroupDefined', data: group3 },
      ]);
  });

  it('records the removal of every group, then every person, then every area when importing an empty organisation', () => {
    spec
      .given(imported())
      .when(importOrganisation([], [], []))
      .then([
        { type: 'GroupRemoved', data: { id: 'group-1' } },
        { type: 'GroupRemoved', data: { id: 'group-2' } },
        { type: 'PersonRemoved', data: { id: 'person-1' } },
        { type: 'PersonRemoved', data: { id: 'person-2' } },
        { type: 'PersonRemoved', data: { id: 'person-3' } },
        { type: 'AreaRemoved', data: { id: 'area-1' } },
        { type: 'AreaRemoved', data: { id: 'area-2' } },
      ]);
  });

  it('records changes before removals, and removals as groups, then people, then areas', () => {
    const group1WithoutPerson3 = group('group-1', 'person-1', ['person-2']);
    spec
      .given(imported())
      .when(importOrganisation([AREA_1], [PERSON_1, PERSON_2], [group1WithoutPerson3]))
      .then([
        { type: 'GroupDefined', data: group1WithoutPerson3 },
        { type: 'GroupRemoved', data: { id: 'group-2' } },
        { type: 'PersonRemoved', data: { id: 'person-3' } },
        { type: 'AreaRemoved', data: { id: 'area-2' } },
      ]);
  });

  it('rejects an inconsistent organisation with ORGANISATION_INVALID listing every problem at once', () => {
    const command = importOrganisation(
      [AREA_1, area('area-1', 'Dublet')],
      [PERSON_1, person('person-1', 'area-1'), person('person-2', 'area-unknown')],
      [group('group-1', 'person-unknown', ['person-2', 'person-ghost', 'person-2']), group('group-1', 'person-1', [])],
    );
    spec
      .given(imported())
      .when(command)
      .thenThrows(DomainErrorCode.OrganisationInvalid, {
        problems: [
          expect.stringContaining('areas: id "area-1"'),
          expect.stringContaining('people: id "person-1"'),
          expect.stringContaining('groups: id "group-1"'),
          expect.stringContaining('people[2].areaId: ukendt område / unknown area "area-unknown"'),
          expect.stringContaining('groups[0].facilitatorId: ukendt person / unknown person "person-unknown"'),
          expect.stringContaining('groups[0].memberIds[1]: ukendt person / unknown person "person-ghost"'),
          expect.stringContaining('groups[0].memberIds: samme person flere gange / a person is listed twice'),
        ],
      });
  });

  it('accepts a facilitator who is also listed as a member, and counts them as one participant', () => {
    const facilitatorAlsoMember = group('group-2', 'person-3', ['person-3', 'person-2']);
    spec
      .given(imported())
      .when(importOrganisation(undefined, undefined, [GROUP_1, facilitatorAlsoMember]))
      .then([{ type: 'GroupDefined', data: facilitatorAlsoMember }]);
    expect(groupParticipants(facilitatorAlsoMember)).toStrictEqual(['person-3', 'person-2']);
  });
});

describe('evolveOrganisation', () => {
  it('folds a first import into the state keyed by id', () => {
    expect(imported().reduce(evolveOrganisation, initialOrganisationState)).toStrictEqual({
      areas: { 'area-1': AREA_1, 'area-2': AREA_2 },
      people: { 'person-1': PERSON_1, 'person-2': PERSON_2, 'person-3': PERSON_3 },
      groups: { 'group-1': GROUP_1, 'group-2': GROUP_2 },
    });
  });

  it('folds changes and removals: a redefinition replaces, a removal deletes', () => {
    const renamed = area('area-1', 'Børn, Unge og Familie');
    const group1 = group('group-1', 'person-1', ['person-2']);
    const state = [
      ...imported(),
      ...decideOrganisation(
        importOrganisation([renamed], [PERSON_1, PERSON_2], [group1]),
        imported().reduce(evolveOrganisation, initialOrganisationState),
      ),
    ].reduce(evolveOrganisation, initialOrganisationState);
    expect(state).toStrictEqual({
      areas: { 'area-1': renamed },
      people: { 'person-1': PERSON_1, 'person-2': PERSON_2 },
      groups: { 'group-1': group1 },
    });
  });
});
