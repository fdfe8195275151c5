import fc from 'fast-check';
import type { ComposablePerson } from '../composition.types';
import { LEADER_LEVELS, type LeaderLevel } from '../../organisation.types';

/** An organisation to compose and the number of groups asked for. */
export interface CompositionCase {
  readonly people: ComposablePerson[];
  readonly count: number;
}

const rank = (level: LeaderLevel) => LEADER_LEVELS.indexOf(level);

/**
 * Organisations of many shapes: 1–30 areas (evenly or very unevenly sized), 11–400 people, from almost no chefs
 * and direktører to many, with or without a hierarchy in which each manager is a person of a higher level (a
 * direktør over chefs, a chef or direktør over ledere), and 1–20 groups.
 */
export const anyOrganisation: fc.Arbitrary<CompositionCase> = fc
  .record({
    areas: fc.integer({ min: 1, max: 30 }),
    skewedAreas: fc.boolean(),
    direktørPercent: fc.integer({ min: 0, max: 10 }),
    chefPercent: fc.integer({ min: 0, max: 40 }),
    managerPercent: fc.constantFrom(0, 50, 100),
    count: fc.integer({ min: 1, max: 20 }),
    people: fc.array(
      fc.record({
        area: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        level: fc.integer({ min: 0, max: 99 }),
        experienced: fc.boolean(),
        manager: fc.nat(),
        managed: fc.integer({ min: 0, max: 99 }),
      }),
      { minLength: 11, maxLength: 400 },
    ),
  })
  .map((shape): CompositionCase => {
    const people = shape.people.map((raw, i) => {
      const level: LeaderLevel =
        raw.level < shape.direktørPercent
          ? 'direktør'
          : raw.level < shape.direktørPercent + shape.chefPercent
            ? 'chef'
            : 'leder';
      // Skewed: area 0 is much bigger than the last one.
      const position = shape.skewedAreas ? raw.area * raw.area : raw.area;
      return {
        id: `person-${i}`,
        areaId: `area-${Math.floor(position * shape.areas)}`,
        level,
        experienced: raw.experienced,
      };
    });
    const withManagers = people.map((person, i): ComposablePerson => {
      const raw = shape.people[i] as (typeof shape.people)[number];
      const higher = people.filter((other) => rank(other.level) < rank(person.level));
      if (higher.length === 0 || raw.managed >= shape.managerPercent) return person;
      return { ...person, managerId: (higher[raw.manager % higher.length] as ComposablePerson).id };
    });
    return { people: withManagers, count: shape.count };
  });

/**
 * Organisations built so that a perfect proposal exists: `count` identical copies of one group (a template with a
 * chef or direktør in it), so every area, level and experience count divides evenly; managers, when there are any,
 * sit in another copy than their reports. The input order is shuffled so the copies are not handed over in order.
 */
export const solvableOrganisation: fc.Arbitrary<CompositionCase> = fc
  .record({
    count: fc.integer({ min: 1, max: 20 }),
    areas: fc.integer({ min: 1, max: 12 }),
    withManagers: fc.boolean(),
  })
  .chain(({ count, areas, withManagers }) =>
    fc
      .record({
        facilitator: fc.record({
          area: fc.nat(areas - 1),
          level: fc.constantFrom<LeaderLevel>('chef', 'direktør'),
          experienced: fc.boolean(),
        }),
        others: fc.array(
          fc.record({
            area: fc.nat(areas - 1),
            level: fc.constantFrom<LeaderLevel>('direktør', 'chef', 'leder', 'leder', 'leder'),
            experienced: fc.boolean(),
          }),
          { maxLength: Math.min(19, Math.floor(400 / count) - 1) },
        ),
        managers: fc.array(fc.record({ type: fc.nat(), offset: fc.nat(), managed: fc.boolean() }), {
          minLength: 400,
          maxLength: 400,
        }),
        order: fc.array(fc.nat(), { minLength: 400, maxLength: 400 }),
      })
      .map(({ facilitator, others, managers, order }): CompositionCase => {
        const template = [facilitator, ...others];
        const people: ComposablePerson[] = [];
        for (let copy = 0; copy < count; copy++) {
          template.forEach((type, t) => {
            const person = {
              id: `p${copy}-${t}`,
              areaId: `area-${type.area}`,
              level: type.level,
              experienced: type.experienced,
            };
            const choice = managers[people.length % managers.length] as (typeof managers)[number];
            const higher = template
              .map((_, i) => i)
              .filter((i) => rank(template[i]?.level as LeaderLevel) < rank(type.level));
            if (!withManagers || count < 2 || higher.length === 0 || !choice.managed) {
              people.push(person);
              return;
            }
            // The manager is in another copy, so the copies themselves keep everyone apart from their manager.
            const managerCopy = (copy + 1 + (choice.offset % (count - 1))) % count;
            const managerType = higher[choice.type % higher.length] as number;
            people.push({ ...person, managerId: `p${managerCopy}-${managerType}` });
          });
        }
        // A seeded shuffle of the input order, driven by the generated numbers.
        for (let i = people.length - 1; i > 0; i--) {
          const j = (order[i % order.length] as number) % (i + 1);
          [people[i], people[j]] = [people[j] as ComposablePerson, people[i] as ComposablePerson];
        }
        return { people, count };
      }),
  );
