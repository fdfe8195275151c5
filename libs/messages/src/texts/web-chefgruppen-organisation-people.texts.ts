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
  'web.chefgruppen.organisation.files.export': { da: 'Hent som CSV-fil', en: 'Download as a CSV file' },
  'web.chefgruppen.organisation.files.template': { da: 'Hent skabelon', en: 'Download template' },
  'web.chefgruppen.organisation.files.template-hint': {
    da: 'Skabelonen har kolonnerne og én eksempelrække; den åbner i Excel med danske tegn.',
    en: 'The template has the columns and one example row; it opens in Excel with Danish letters intact.',
  },
  'web.chefgruppen.organisation.personal-data.heading': { da: 'Persondata', en: 'Personal data' },
  'web.chefgruppen.organisation.personal-data.download': {
    da: 'Hent alt, hvad der er registreret om personen (JSON)',
    en: 'Download everything recorded about the person (JSON)',
  },
  'web.chefgruppen.organisation.personal-data.erase': {
    da: 'Slet personens persondata',
    en: 'Erase the person’s personal data',
  },
  'web.chefgruppen.organisation.personal-data.erase-title': (p: { name: string }) => ({
    da: `Slet persondata for ${p.name}`,
    en: `Erase the personal data of ${p.name}`,
  }),
  'web.chefgruppen.organisation.personal-data.consequences': {
    da: 'Det sker, når persondata slettes:',
    en: 'This is what erasing the personal data does:',
  },
  'web.chefgruppen.organisation.personal-data.consequence.name': {
    da: 'Navn og e-mailadresse kan ikke læses mere: personen står som “slettet person” overalt.',
    en: 'The name and e-mail address can no longer be read: the person shows as “erased person” everywhere.',
  },
  'web.chefgruppen.organisation.personal-data.consequence.notes': {
    da: 'Det, der er forseglet med personens nøgle, kan ikke læses mere: refleksioner ved bekræftelser og begrundelser for fritagelser.',
    en: 'What was sealed with the person’s key can no longer be read: reflections given with confirmations and reasons for releases.',
  },
  'web.chefgruppen.organisation.personal-data.consequence.links': {
    da: 'Personens bekræftelseslinks holder op med at virke, og personens beskeder i udbakken slettes.',
    en: 'The person’s confirmation links stop working, and the person’s messages in the outbox are deleted.',
  },
  'web.chefgruppen.organisation.personal-data.consequence.trail': {
    da: 'Hændelserne bliver, som de er, så kontrolkæden stadig holder (personens nøgle destrueres).',
    en: 'The events stay as they are, so the chain of checks still holds (the person’s key is destroyed).',
  },
  'web.chefgruppen.organisation.personal-data.cannot-be-undone': {
    da: 'Det kan ikke gøres om. Hent personens data først, hvis de skal udleveres.',
    en: 'This cannot be undone. Download the person’s data first if it is to be handed over.',
  },
  'web.chefgruppen.organisation.personal-data.confirm': { da: 'Slet persondata', en: 'Erase personal data' },
  'web.chefgruppen.organisation.personal-data.erased': {
    da: 'Personens persondata er slettet.',
    en: 'The person’s personal data has been erased.',
  },
} as const satisfies Texts;
