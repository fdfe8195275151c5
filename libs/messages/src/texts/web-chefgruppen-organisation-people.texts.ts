import type { Texts } from '../wording';

/** Chefgruppen's people: searching them, adding one, the organisation as a CSV file, and a person's own data. */
export const WEB_CHEFGRUPPEN_ORGANISATION_PEOPLE_TEXTS = {
  'web.chefgruppen.organisation.people.title': { da: 'Personer', en: 'People' },
  'web.chefgruppen.organisation.people.search': { da: 'Søg', en: 'Search' },
  'web.chefgruppen.organisation.people.query': { da: 'Navn eller id', en: 'Name or id' },
  'web.chefgruppen.organisation.people.query-hint': {
    da: 'En del af navnet, id’et eller områdets navn er nok.',
    en: 'Part of the name, the id or the area’s name is enough.',
  },
  'web.chefgruppen.organisation.people.any-area': { da: 'Alle områder', en: 'All areas' },
  'web.chefgruppen.organisation.people.found': (p: { count: number; total: number }) => ({
    da: `${p.count} af ${p.total} personer`,
    en: `${p.count} of ${p.total} people`,
  }),
  'web.chefgruppen.organisation.people.none-found': {
    da: 'Ingen personer passer til søgningen.',
    en: 'Nobody matches the search.',
  },
  'web.chefgruppen.organisation.people.add': { da: 'Tilføj en person', en: 'Add a person' },
  'web.chefgruppen.organisation.people.id': { da: 'Id', en: 'Id' },
  'web.chefgruppen.organisation.people.id-hint': {
    da: 'Personens id, det samme over tid (fx lønnummer): bogstaver, tal og bindestreg.',
    en: 'The person’s id, stable over time (e.g. an employee number): letters, digits and hyphens.',
  },
  'web.chefgruppen.organisation.people.added': { da: 'Personen er tilføjet.', en: 'The person has been added.' },
  'web.chefgruppen.organisation.people.find-people': { da: 'Find personer', en: 'Find people' },
  'web.chefgruppen.organisation.people.level': { da: 'Niveau', en: 'Level' },
} as const satisfies Texts;
