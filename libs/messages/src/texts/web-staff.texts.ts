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
  // The Atom feed is in Danish, the organisation's language (xml:lang="da").
  'web.staff.feed.title': {
    da: 'Ledelsesrum: opsamlinger fra møderunderne',
    en: 'Ledelsesrum: summaries of the meeting rounds',
  },
  'web.staff.feed.author': { da: 'Chefgruppen', en: 'Chefgruppen' },
  'web.staff.feed.refused': {
    da: 'Feedet kræver det gyldige token fra chefgruppens side om offentliggørelse.',
    en: 'The feed needs the valid token from chefgruppen’s publication page.',
  },
  // Chefgruppen's publication page
  'web.publication.title': { da: 'Offentliggørelse', en: 'Publication' },
  'web.publication.intro': {
    da: 'Når chefgruppen offentliggør en opsamling, kan alle medarbejdere læse den, når de logger ind:',
    en: 'When chefgruppen publishes a summary, every employee can read it when they sign in:',
  },
  'web.publication.feed.heading': { da: 'Feed til intranettet (Atom)', en: 'Feed for the intranet (Atom)' },
  'web.publication.feed.what': {
    da: 'Intranettet kan hente opsamlingerne fra et Atom-feed. Feedets adresse indeholder et token, som kun chefgruppen kan lave. Et nyt token vises én gang; det gamle holder op med at virke med det samme.',
    en: 'The intranet can fetch the summaries from an Atom feed. The feed’s address holds a token only chefgruppen can make. A new token is shown once; the old one stops working at once.',
  },
  'web.publication.feed.none': {
    da: 'Der er endnu ikke lavet et token, så feedet kan ikke hentes.',
    en: 'No token has been made yet, so the feed cannot be fetched.',
  },
  'web.publication.feed.made': ({ at, by }: { at: string; by: string }) => ({
    da: `Det gældende token blev lavet ${at} af ${by}.`,
    en: `The token in use was made ${at} by ${by}.`,
  }),
  'web.publication.feed.rotate': { da: 'Lav et nyt token', en: 'Make a new token' },
  'web.publication.feed.new': {
    da: 'Feedets nye adresse. Kopiér den til intranettet nu: den vises kun denne ene gang.',
    en: 'The feed’s new address. Copy it to the intranet now: it is shown this once only.',
  },
  // The publication stream on the auditor's start page
  'web.auditor.publication.title': { da: 'Offentliggørelse til organisationen', en: 'Publication to the organisation' },
  'web.auditor.publication.none': {
    da: 'Der er endnu ikke lavet et token til medarbejdernes feed eller sat fordelingslister.',
    en: 'No token has been made for the staff feed, nor distribution lists set, yet.',
  },
  'web.auditor.publication.caption': {
    da: 'Hændelser om medarbejdernes feed og fordelingslisterne',
    en: 'Events about the staff feed and the distribution lists',
  },
} as const satisfies Texts;
