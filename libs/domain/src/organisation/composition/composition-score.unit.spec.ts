import { scoreGroups, spreadDeviations, type ComposablePerson } from '@ledelsesrum/domain';

const people: ComposablePerson[] = [
  { id: 'a1', areaId: 'A', level: 'chef', experienced: true },
  { id: 'a2', areaId: 'A', level: 'leder', experienced: false },
  { id: 'a3', areaId: 'A', level: 'leder', experienced: true },
  { id: 'a4', areaId: 'A', level: 'leder', experienced: false },
  { id: 'b1', areaId: 'B', level: 'chef', experienced: true },
  { id: 'b2', areaId: 'B', level: 'leder', experienced: false },
  { id: 'b3', areaId: 'B', level: 'leder', experienced: true },
  { id: 'b4', areaId: 'B', level: 'leder', experienced: false },
];

describe('scoreGroups', () => {
  it('scores 1 for groups that each hold exactly their share of every area, level and experience', () => {
    const scores = scoreGroups(people, [
      { id: 'g1', memberIds: ['a1', 'a2', 'b3', 'b4'] },
      { id: 'g2', memberIds: ['b1', 'b2', 'a3', 'a4'] },
    ]);
    expect(scores).toStrictEqual([
      {
        groupId: 'g1',
        size: 4,
        areas: { A: 2, B: 2 },
        levels: { direktør: 0, chef: 1, leder: 3 },
        experienced: 2,
        new: 2,
        spread: 1,
      },
      {
        groupId: 'g2',
        size: 4,
        areas: { A: 2, B: 2 },
        levels: { direktør: 0, chef: 1, leder: 3 },
        experienced: 2,
        new: 2,
        spread: 1,
      },
    ]);
  });

  it('counts, per dimension, half the people above and below the rounded share, over three times the size', () => {
    // g1 is all of area A: area off by 2 above (A) and 2 below (B) → 2; levels and experience are on share.
    const groups = [
      { id: 'g1', memberIds: ['a1', 'a2', 'a3', 'a4'] },
      { id: 'g2', memberIds: ['b1', 'b2', 'b3', 'b4'] },
    ];
    const [g1, g2] = scoreGroups(people, groups);
    expect(g1?.spread).toBeCloseTo(1 - 2 / (3 * 4));
    expect(g2?.spread).toBeCloseTo(1 - 2 / (3 * 4));
    expect(spreadDeviations(people, groups)).toStrictEqual([
      { dimension: 'area', value: 'A', groupIds: ['g1', 'g2'] },
      { dimension: 'area', value: 'B', groupIds: ['g1', 'g2'] },
    ]);
  });

  it('accepts either rounding of a share that is not whole', () => {
    // Groups of 3, 3 and 2 from 8 people: each area's share is 1.5 in a big group (1 or 2 are fine) and 1 in the
    // small one; experienced: 1.5 and 1; chefs: 0.75 and 0.5 (0 or 1); ledere: 2.25 and 1.5.
    const scores = scoreGroups(people, [
      { id: 'g1', memberIds: ['a1', 'b2', 'b4'] },
      { id: 'g2', memberIds: ['b1', 'a2', 'a3'] },
      { id: 'g3', memberIds: ['a4', 'b3'] },
    ]);
    expect(scores.map((score) => score.spread)).toStrictEqual([1, 1, 1]);
  });
});
