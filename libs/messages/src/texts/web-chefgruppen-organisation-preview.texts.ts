import type { Texts } from '../wording';

const people = (count: number, da: [string, string], en: [string, string]) => ({
  da: `${count} ${count === 1 ? da[0] : da[1]}`,
  en: `${count} ${count === 1 ? en[0] : en[1]}`,
});

/** The import's preview: what a file would change, before it is applied. */
export const WEB_CHEFGRUPPEN_ORGANISATION_PREVIEW_TEXTS = {
  'web.chefgruppen.organisation.preview.title': { da: 'Ændringerne fra filen', en: 'The changes from the file' },
  'web.chefgruppen.organisation.preview.intro': {
    da: 'Intet er gemt endnu. Se ændringerne igennem, og anvend dem, eller annullér.',
    en: 'Nothing has been saved yet. Look through the changes, then apply them or cancel.',
  },
  'web.chefgruppen.organisation.preview.many-leaving': (p: { count: number; active: number }) => ({
    da: `Filen vil registrere ${p.count} af organisationens ${p.active} personer som fratrådt. Holder filen kun nye personer? Alle, der ikke står i filen, registreres som fratrådt.`,
    en: `The file would record ${p.count} of the organisation’s ${p.active} people as having left. Does the file hold only new people? Everyone not in the file is recorded as having left.`,
  }),
  'web.chefgruppen.organisation.preview.count.added': (p: { count: number }) =>
    people(p.count, ['person tilføjes', 'personer tilføjes'], ['person added', 'people added']),
  'web.chefgruppen.organisation.preview.count.changed': (p: { count: number }) =>
    people(p.count, ['person ændres', 'personer ændres'], ['person changed', 'people changed']),
  'web.chefgruppen.organisation.preview.count.leaving': (p: { count: number }) =>
    people(p.count, ['person fratræder', 'personer fratræder'], ['person leaving', 'people leaving']),
  'web.chefgruppen.organisation.preview.count.groups': (p: {
    created: number;
    changed: number;
    dissolved: number;
  }) => ({
    da: `Grupper: ${p.created} oprettes, ${p.changed} ændres, ${p.dissolved} nedlægges`,
    en: `Groups: ${p.created} created, ${p.changed} changed, ${p.dissolved} dissolved`,
  }),
  'web.chefgruppen.organisation.preview.added': { da: 'Tilføjes', en: 'Added' },
  'web.chefgruppen.organisation.preview.changed': { da: 'Ændres', en: 'Changed' },
  'web.chefgruppen.organisation.preview.leaving': { da: 'Fratræder', en: 'Leaving' },
  'web.chefgruppen.organisation.preview.person': { da: 'Person', en: 'Person' },
  'web.chefgruppen.organisation.preview.fields': { da: 'Det, der ændres', en: 'What changes' },
  'web.chefgruppen.organisation.preview.managers': {
    da: 'En gruppe samler en leder med sine egne medarbejdere',
    en: 'A group puts a manager with their own staff',
  },
  'web.chefgruppen.organisation.preview.manager-with-reports': (p: {
    group: string;
    manager: string;
    reports: readonly string[];
  }) => ({
    da: `${p.group}: ${p.manager} sammen med ${p.reports.length === 1 ? 'sin egen medarbejder' : 'sine egne medarbejdere'} ${p.reports.join(', ')}`,
    en: `${p.group}: ${p.manager} with their own direct ${p.reports.length === 1 ? 'report' : 'reports'} ${p.reports.join(', ')}`,
  }),
  'web.chefgruppen.organisation.preview.apply': { da: 'Anvend ændringerne', en: 'Apply the changes' },
  'web.chefgruppen.organisation.preview.changed-since': {
    da: 'Organisationen er blevet ændret, siden ændringerne blev vist, så intet blev gemt. Her er, hvad filen ændrer nu.',
    en: 'The organisation has changed since the changes were shown, so nothing was saved. Here is what the file changes now.',
  },
  'web.chefgruppen.organisation.preview.gone-title': {
    da: 'Forhåndsvisningen findes ikke længere',
    en: 'The preview no longer exists',
  },
  'web.chefgruppen.organisation.preview.gone': {
    da: 'Filen gemmes kun i en halv time, mens ændringerne vises. Indlæs filen igen.',
    en: 'The file is kept only for half an hour while its changes are shown. Import the file again.',
  },
} as const satisfies Texts;
