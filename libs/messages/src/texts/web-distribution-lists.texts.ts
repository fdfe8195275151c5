import type { Texts } from '../wording';

/** Chefgruppen's distribution lists on the publication page: who gets each published summary by e-mail. */
export const WEB_DISTRIBUTION_LISTS_TEXTS = {
  'web.publication.lists.heading': { da: 'Fordelingslister', en: 'Distribution lists' },
  'web.publication.lists.what': {
    da: 'Når chefgruppen offentliggør en opsamling, får hver fordelingsliste én e-mail med opsamlingen, gruppernes hovedpunkter, hvad der sker herefter og et link til medarbejdersiden. Listerne, som gælder i det øjeblik opsamlingen offentliggøres, er dem, der får den. Tøm en listes felter for at fjerne den.',
    en: 'When chefgruppen publishes a summary, each distribution list gets one e-mail with the summary, the groups’ key points, what comes next and a link to the staff page. The lists in force at the moment the summary is published are the ones that get it. Empty a list’s fields to remove it.',
  },
  'web.publication.lists.none': {
    da: 'Der er ingen fordelingslister, så opsamlingerne sendes ikke pr. e-mail til medarbejderne.',
    en: 'There are no distribution lists, so the summaries are not e-mailed to staff.',
  },
  'web.publication.lists.set': ({ count, at, by }: { count: number; at: string; by: string }) => ({
    da: `${count === 1 ? '1 fordelingsliste' : `${count} fordelingslister`} sat ${at} af ${by}.`,
    en: `${count === 1 ? '1 distribution list' : `${count} distribution lists`} set ${at} by ${by}.`,
  }),
  'web.publication.lists.list': ({ number }: { number: number }) => ({
    da: `Liste ${number}`,
    en: `List ${number}`,
  }),
  'web.publication.lists.name': ({ number }: { number: number }) => ({
    da: `Liste ${number}: navn`,
    en: `List ${number}: name`,
  }),
  'web.publication.lists.address': ({ number }: { number: number }) => ({
    da: `Liste ${number}: e-mailadresse`,
    en: `List ${number}: e-mail address`,
  }),
  'web.publication.lists.reach': ({ number }: { number: number }) => ({
    da: `Liste ${number}: hvem læser den`,
    en: `List ${number}: who reads it`,
  }),
  'web.publication.lists.all-staff': { da: 'Alle medarbejdere', en: 'All staff' },
  'web.publication.lists.area': ({ name }: { name: string }) => ({
    da: `Medarbejderne i ${name}`,
    en: `The staff of ${name}`,
  }),
  'web.publication.lists.save': { da: 'Gem fordelingslisterne', en: 'Save the distribution lists' },
  'web.publication.lists.saved': {
    da: 'Fordelingslisterne er gemt. De gælder fra næste offentliggjorte opsamling.',
    en: 'The distribution lists are saved. They apply from the next summary published.',
  },
  'web.publication.lists.half-filled': {
    da: 'Udfyld både navn og e-mailadresse, eller tøm begge for at fjerne listen',
    en: 'Fill in both the name and the e-mail address, or empty both to remove the list',
  },
} as const satisfies Texts;
