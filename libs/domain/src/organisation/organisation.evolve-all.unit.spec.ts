import {
  decideOrganisation,
  evolveOrganisation,
  evolveOrganisationAll,
  initialOrganisationState,
  type EncryptedValue,
  type OrganisationEvent,
} from '@ledelsesrum/domain';

const sealed = (label: string): EncryptedValue => ({ alg: 'A256GCM', iv: `iv-${label}`, ciphertext: label, tag: 't' });
const NOW = { actorId: 'chef-1', now: '2027-01-04T09:00:00.000Z' };

/** An import of `count` leaders in groups of ten, then a second import that changes, removes and regroups some. */
function history(count: number): OrganisationEvent[] {
  const people = (n: number, area = 'a-1') =>
    Array.from({ length: n }, (_, index) => ({
      id: `p-${index}`,
      areaId: area,
      level: index % 10 === 0 ? ('chef' as const) : ('leder' as const),
      experienced: index % 2 === 0,
      name: sealed(`name-${index}`),
      email: sealed(`email-${index}`),
    }));
  const groups = (n: number) =>
    Array.from({ length: n / 10 }, (_, g) => ({
      id: `g-${g}`,
      name: `Gruppe ${g}`,
      facilitatorId: `p-${g * 10}`,
      memberIds: Array.from({ length: 10 }, (_, m) => `p-${g * 10 + m}`),
    }));
  const areas = [
    { id: 'a-1', name: 'Område 1' },
    { id: 'a-2', name: 'Område 2' },
  ];
  const first = decideOrganisation(
    { type: 'ImportOrganisation', areas, people: people(count), groups: groups(count) },
    initialOrganisationState,
    NOW,
  );
  const afterFirst = first.reduce(evolveOrganisation, initialOrganisationState);
  const second = decideOrganisation(
    { type: 'ImportOrganisation', areas, people: people(count - 20, 'a-2'), groups: groups(count - 20) },
    afterFirst,
    NOW,
  );
  return [...first, ...second];
}

describe('evolveOrganisationAll', () => {
  it('folds to exactly what folding event by event gives, adds, changes, leavings and regroupings alike', () => {
    const events = history(200);
    expect(evolveOrganisationAll(initialOrganisationState, events)).toStrictEqual(
      events.reduce(evolveOrganisation, initialOrganisationState),
    );
  });

  it('leaves the state it folds onto as it was', () => {
    const events = history(100);
    const before = events.slice(0, 50).reduce(evolveOrganisation, initialOrganisationState);
    const snapshot = structuredClone(before);
    evolveOrganisationAll(before, events.slice(50));
    expect(before).toStrictEqual(snapshot);
  });
});
