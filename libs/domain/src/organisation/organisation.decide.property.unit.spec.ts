import fc from 'fast-check';
import {
  composeGroups,
  currentDocument,
  decideOrganisation,
  DomainErrorCode,
  evolveOrganisationAll,
  isDomainError,
  isId,
  isText,
  LEADER_LEVELS,
  organisationProblems,
  peopleNeedingCorrection,
  type EncryptedValue,
  type OrganisationCommand,
  type OrganisationEvent,
  type OrganisationState,
  type Person,
} from '@ledelsesrum/domain';
import { decided, hostileCommands } from '../testing/hostile-commands';

// Property-based: whatever a command holds, the decider refuses it with a DomainError or records events that fold to
// an organisation every reader can use. Small organisations and 300 runs keep it to a few seconds.

const NUM_RUNS = 300;
const CONTEXT = { actorId: 'chef-1', now: '2027-01-05T09:00:00.000Z' };
const sealed = (label: string): EncryptedValue => ({ alg: 'A256GCM', iv: `iv-${label}`, ciphertext: label, tag: 't' });

const AREAS = [
  { id: 'social', name: 'Social' },
  { id: 'teknik', name: 'Teknik' },
];
const person = (id: string, level: Person['level'], extra: Partial<Person> = {}): Person => ({
  id,
  areaId: AREAS[id.length % 2]!.id,
  level,
  experienced: id.endsWith('1'),
  name: sealed(`name-${id}`),
  email: sealed(`email-${id}`),
  ...extra,
});
const PEOPLE = [
  person('p-dir', 'direktør'),
  person('p-chef1', 'chef', { managerId: 'p-dir' }),
  person('p-chef2', 'chef', { language: 'en' }),
  person('p-a1', 'leder', { managerId: 'p-chef1' }),
  person('p-a2', 'leder'),
];
const GROUPS = [
  { id: 'g-1', name: 'Gruppe 1', facilitatorId: 'p-chef1', memberIds: ['p-chef1', 'p-a1'] },
  { id: 'g-2', name: 'Gruppe 2', facilitatorId: 'p-chef2', memberIds: ['p-chef2', 'p-a2'] },
];
const STATE: OrganisationState = evolveOrganisationAll(
  { areas: {}, people: {}, groups: {} },
  decideOrganisation(
    { type: 'ImportOrganisation', areas: AREAS, people: PEOPLE, groups: GROUPS },
    emptyState(),
    CONTEXT,
  ),
);

function emptyState(): OrganisationState {
  return { areas: {}, people: {}, groups: {} };
}

const ids = fc.constantFrom('p-dir', 'p-chef1', 'p-chef2', 'p-a1', 'p-a2', 'p-new');
const groupIds = fc.constantFrom('g-1', 'g-2', 'g-new');
const aPerson: fc.Arbitrary<Person> = fc
  .record({ id: ids, level: fc.constantFrom(...LEADER_LEVELS), experienced: fc.boolean(), area: fc.nat(1) })
  .map(({ id, level, experienced, area }) => ({ ...person(id, level), experienced, areaId: AREAS[area]!.id }));
const wellFormed: fc.Arbitrary<OrganisationCommand> = fc.oneof(
  fc.constant<OrganisationCommand>({ type: 'ImportOrganisation', areas: AREAS, people: PEOPLE, groups: GROUPS }),
  fc.record({
    type: fc.constant('AddArea' as const),
    area: fc.record({ id: fc.constant('skole'), name: fc.constant('Skole') }),
  }),
  fc.record({
    type: fc.constant('RenameArea' as const),
    area: fc.constant({ id: 'social', name: 'Social og Sundhed' }),
  }),
  fc.record({ type: fc.constantFrom('AddPerson' as const, 'UpdatePerson' as const), person: aPerson }),
  fc.record({ type: fc.constantFrom('PersonLeaves' as const, 'ErasePersonalData' as const), id: ids }),
  fc.record({
    type: fc.constant('CreateGroup' as const),
    group: fc.constant({ id: 'g-new', name: 'Ny gruppe', facilitatorId: 'p-dir', memberIds: ['p-dir'] }),
  }),
  fc.record({
    type: fc.constantFrom('AddGroupMember' as const, 'RemoveGroupMember' as const),
    groupId: groupIds,
    personId: ids,
  }),
  fc.record({ type: fc.constant('ChangeFacilitator' as const), groupId: groupIds, facilitatorId: ids }),
);

/** Everything a reader of the organisation relies on; throws (failing the property) where something is off. */
function expectSound(state: OrganisationState): void {
  expect(peopleNeedingCorrection(state.people)).toEqual([]);
  for (const area of Object.values(state.areas)) expect(isId(area.id) && isText(area.name)).toBe(true);
  for (const group of Object.values(state.groups)) {
    expect(isId(group.id) && isText(group.name) && group.memberIds.every(isId)).toBe(true);
  }
  const document = currentDocument(state);
  expect(organisationProblems(document)).toEqual([]);
  // What GET /api/organisation answers can be PUT back, and records nothing.
  expect(decideOrganisation({ type: 'ImportOrganisation', ...document }, state, CONTEXT)).toEqual([]);
  // The composition takes every active person as they stand.
  composeGroups(document.people, { count: 2 });
}

describe('decideOrganisation: properties', () => {
  it('refuses a command with a DomainError, or records events that fold to a sound organisation', () => {
    fc.assert(
      fc.property(hostileCommands(wellFormed), (command) => {
        const events = decided(() => decideOrganisation(command, STATE, CONTEXT));
        if (events) expectSound(evolveOrganisationAll(STATE, events));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('still folds a log holding any value in a PersonChanged, and says what to correct instead of failing', () => {
    const anyValue = fc.oneof(fc.constant(null), fc.constant(''), fc.anything());
    fc.assert(
      fc.property(
        ids.filter((id) => id !== 'p-new'),
        fc.constantFrom('level', 'experienced', 'areaId', 'managerId', 'language'),
        anyValue,
        (id, field, value) => {
          const stored = STATE.people[id]!;
          const { name: _name, email: _email, leftAt: _left, personalDataErasedAt: _erased, ...profile } = stored;
          const event = { type: 'PersonChanged', data: { ...profile, managerId: null, [field]: value } };
          const state = evolveOrganisationAll(STATE, [event as OrganisationEvent]);
          const corrections = peopleNeedingCorrection(state.people);
          expect(corrections.every((entry) => entry.personId === id)).toBe(true);
          const document = currentDocument(state);
          organisationProblems(document);
          try {
            composeGroups(document.people, { count: 2 });
          } catch (error) {
            expect(isDomainError(error) && error.code).toBe(DomainErrorCode.PersonNeedsCorrection);
            expect(corrections).not.toEqual([]);
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
