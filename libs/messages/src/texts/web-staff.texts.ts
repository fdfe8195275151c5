import type { Texts } from '../wording';

/** The staff pages: what each meeting round's summary tells the whole organisation. */
export const WEB_STAFF_TEXTS = {
  'web.staff.list.intro': {
    da: 'Efter hvert møde i ledelsesrummet fortæller chefgruppen hele organisationen, hvad mødet handlede om, og sammenfatter det. Her er alle opsamlinger, den nyeste først.',
    en: 'After each meeting of the leadership forum, chefgruppen tells the whole organisation what the meeting covered and sums it up. Here are all the summaries, the newest first.',
  },
  'web.staff.list.none': {
    da: 'Der er ikke offentliggjort nogen opsamlinger endnu.',
    en: 'No summaries have been published yet.',
  },
  'web.staff.round.title': ({ theme }: { theme: string }) => ({
    da: `Møderunden om ${theme}`,
    en: `The meeting round on ${theme}`,
  }),
  'web.staff.key-points': { da: 'Det arbejdede grupperne med', en: 'What the groups worked on' },
  'web.staff.key-points.none': {
    da: 'Grupperne har ikke skrevet nøglepointer fra deres møder.',
    en: 'The groups wrote no key points from their meetings.',
  },
  'web.staff.coming': { da: 'Det sker herefter', en: 'What comes next' },
  'web.staff.coming.none': {
    da: 'Der er ikke planlagt flere møderunder endnu.',
    en: 'No further meeting rounds are planned yet.',
  },
  'web.staff.coming.round': ({ date, theme }: { date: string; theme: string }) => ({
    da: `${date}: ${theme}`,
    en: `${date}: ${theme}`,
  }),
  'web.staff.print': { da: 'Udgave til udskrift (A4)', en: 'Version to print (A4)' },
  'web.staff.print.how': {
    da: 'Udskriv siden med browserens udskriftsfunktion (Ctrl+P, på Mac ⌘P); den passer til A4 og kan hænges op. Menu og knapper kommer ikke med.',
    en: 'Print the page with the browser’s print command (Ctrl+P, on a Mac ⌘P); it fits A4 and can be pinned up. The menu and buttons are left out.',
  },
  'web.staff.to-the-page': { da: 'Til siden om møderunden', en: 'To the meeting round’s page' },
  'web.staff.not-published': ({ id }: { id: string }) => ({
    da: `Der er ingen offentliggjort opsamling fra møderunden ${id}.`,
    en: `There is no published summary from meeting round ${id}.`,
  }),
} as const satisfies Texts;
