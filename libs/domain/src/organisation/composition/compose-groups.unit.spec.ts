import {
  composeGroups,
  DomainError,
  DomainErrorCode,
  type ComposablePerson,
  type CompositionProposal,
  type LeaderLevel,
} from '@ledelsesrum/domain';

const person = (
  id: string,
  areaId: string,
  level: LeaderLevel = 'leder',
  experienced = false,
  managerId?: string,
): ComposablePerson => ({ id, areaId, level, experienced, ...(managerId ? { managerId } : {}) });

/** `areas` areas of `perArea` people: two chefs each (one experienced), the ledere split between them. */
function municipality(areas: number, perArea: number): ComposablePerson[] {
  return Array.from({ length: areas }, (_, a) =>
    Array.from({ length: perArea }, (_, i) => {
      const area = `area-${a + 1}`;
      if (i < 2) return person(`${area}-chef-${i + 1}`, area, 'chef', i === 0);
      return person(`${area}-leder-${i}`, area, 'leder', i % 2 === 0, `${area}-chef-${(i % 2) + 1}`);
    }),
  ).flat();
}

const groupOf = (proposal: CompositionProposal, id: string) =>
  proposal.groups.find((group) => group.memberIds.includes(id))?.id;

describe('composeGroups', () => {
  it('spreads 11 areas of 20 over 11 groups: every area in every group, experience within one of its share', () => {
    const people = municipality(11, 20);
    const proposal = composeGroups(people, { count: 11 });

    expect(proposal.unmet).toStrictEqual([]);
    expect(proposal.groups.map((group) => group.name)).toStrictEqual(
      Array.from({ length: 11 }, (_, i) => `Tværgående gruppe ${i + 1}`),
    );
    const experiencedShare = (people.filter((p) => p.experienced).length * 20) / people.length;
    for (const score of proposal.scores) {
      expect(score.size).toBe(20);
      expect(Object.values(score.areas).every((count) => count >= 1 && count <= 2)).toBe(true);
      expect(Math.abs(score.experienced - experiencedShare)).toBeLessThan(1);
      expect(score.levels.chef).toBe(2);
      expect(score.spread).toBe(1);
    }
  });

  it('lets a leder stand in and reports "facilitator" when there are fewer chefs and direktører than groups', () => {
    const chefs = Array.from({ length: 5 }, (_, i) => person(`chef-${i}`, `area-${i}`, 'chef', true));
    const ledere = Array.from({ length: 50 }, (_, i) => person(`leder-${i}`, `area-${i % 5}`, 'leder', i % 3 === 0));
    const proposal = composeGroups([...chefs, ...ledere], { count: 11 });

    expect(proposal.groups).toHaveLength(11);
    expect(proposal.groups.every((group) => group.memberIds.length === 5)).toBe(true);
    const led = proposal.groups.filter((group) => group.facilitatorId.startsWith('chef-'));
    expect(led).toHaveLength(5);
    const [report, ...more] = proposal.unmet;
    expect(more).toStrictEqual([]);
    expect(report).toMatchObject({ constraint: 'facilitator' });
    expect(report?.groupIds).toHaveLength(6);
    expect(report?.personIds).toHaveLength(6);
    // Stand-ins are ledere from the groups they stand in for, experienced ones when the group has one.
    for (const [i, groupId] of (report?.groupIds ?? []).entries()) {
      const group = proposal.groups.find((candidate) => candidate.id === groupId);
      expect(group?.facilitatorId).toBe(report?.personIds?.[i]);
      const experienced = ledere.filter((p) => p.experienced && group?.memberIds.includes(p.id));
      if (experienced.length > 0) expect(experienced.map((p) => p.id)).toContain(group?.facilitatorId);
    }
  });

  it('reports "manager" with the people concerned when a manager has too many direct reports to keep apart', () => {
    // Ten people in two groups of five: the direktør's group has four other places and only reports to fill them.
    const direktør = person('direktør', 'area-1', 'direktør', true);
    const chefs = Array.from({ length: 9 }, (_, i) =>
      person(`chef-${i}`, `area-${(i % 3) + 1}`, 'chef', i % 2 === 0, 'direktør'),
    );
    const proposal = composeGroups([direktør, ...chefs], { count: 2 });

    expect(proposal.groups.map((group) => group.memberIds.length)).toStrictEqual([5, 5]);
    const manager = proposal.unmet.filter((report) => report.constraint === 'manager');
    expect(manager).toHaveLength(1);
    expect(manager[0]?.groupIds).toStrictEqual([groupOf(proposal, 'direktør')]);
    expect(manager[0]?.personIds?.[0]).toBe('direktør');
    expect(manager[0]?.personIds).toHaveLength(5);
    for (const id of manager[0]?.personIds ?? []) expect(groupOf(proposal, id)).toBe(groupOf(proposal, 'direktør'));
  });

  it('keeps managers apart from their reports when the sizes allow it', () => {
    const people = municipality(3, 12);
    const proposal = composeGroups(people, { count: 3 });
    expect(proposal.unmet.filter((report) => report.constraint === 'manager')).toStrictEqual([]);
    for (const p of people) if (p.managerId) expect(groupOf(proposal, p.id)).not.toBe(groupOf(proposal, p.managerId));
  });

  it('forms one group per person and reports "size" when more groups are asked for than there are people', () => {
    const people = [person('a', 'area-1', 'chef'), person('b', 'area-1', 'chef'), person('c', 'area-2', 'direktør')];
    const proposal = composeGroups(people, { count: 11 });

    expect(proposal.groups.map((group) => group.memberIds.length)).toStrictEqual([1, 1, 1]);
    expect(proposal.unmet).toStrictEqual([expect.objectContaining({ constraint: 'size' })]);
  });

  it('proposes no groups for nobody, and says why', () => {
    const proposal = composeGroups([], { count: 11 });
    expect(proposal.groups).toStrictEqual([]);
    expect(proposal.unmet.map((report) => report.constraint)).toStrictEqual(['size']);
  });

  it('puts everyone in one group when one is asked for', () => {
    const people = municipality(2, 5);
    const proposal = composeGroups(people, { count: 1 });
    expect(proposal.groups).toHaveLength(1);
    expect(proposal.groups[0]?.memberIds).toHaveLength(10);
    // Everyone is with their manager, necessarily: reported, and nothing else.
    expect(new Set(proposal.unmet.map((report) => report.constraint))).toStrictEqual(new Set(['manager']));
  });

  it('gives the same proposal for the same seed, seed 1 by default, and other proposals for other seeds', () => {
    const people = municipality(5, 12);
    const proposal = composeGroups(people, { count: 4, seed: 7 });
    expect(composeGroups(people, { count: 4, seed: 7 })).toStrictEqual(proposal);
    expect(composeGroups(people, { count: 4 })).toStrictEqual(composeGroups(people, { count: 4, seed: 1 }));
    const others = [1, 2, 3, 4, 5].map((seed) => composeGroups(people, { count: 4, seed }).groups);
    expect(others.some((groups) => JSON.stringify(groups) !== JSON.stringify(proposal.groups))).toBe(true);
    for (const groups of others) expect(groups).toHaveLength(4);
  });

  it('ignores a manager who is not among the people composed (e.g. one who has left)', () => {
    const people = [person('a', 'area-1', 'chef', true, 'gone'), person('b', 'area-1'), person('c', 'area-2', 'chef')];
    expect(composeGroups(people, { count: 1 }).unmet).toStrictEqual([]);
  });

  it('treats area ids as plain keys, "__proto__" and "constructor" included', () => {
    const people = [person('a', '__proto__', 'chef'), person('b', 'constructor'), person('c', '__proto__')];
    const [score] = composeGroups(people, { count: 1 }).scores;
    expect(Object.keys(score?.areas ?? {})).toStrictEqual(['__proto__', 'constructor']);
    expect(score?.areas['__proto__']).toBe(2);
  });

  it.each<[string, readonly ComposablePerson[], number, unknown]>([
    ['a count below one', [person('a', 'area-1', 'chef')], 0, undefined],
    ['a count that is not a whole number', [person('a', 'area-1', 'chef')], 1.5, undefined],
    ['a seed that is not a whole number', [person('a', 'area-1', 'chef')], 1, 0.5],
    ['the same person twice', [person('a', 'area-1', 'chef'), person('a', 'area-2')], 1, undefined],
    ['a person who is their own manager', [person('a', 'area-1', 'chef', true, 'a')], 1, undefined],
  ])('refuses %s with ORGANISATION_INVALID', (_case, people, count, seed) => {
    const compose = () => composeGroups(people, { count, ...(seed === undefined ? {} : { seed: seed as number }) });
    expect(compose).toThrow(DomainError);
    expect(compose).toThrow(expect.objectContaining({ code: DomainErrorCode.OrganisationInvalid }));
  });
});
