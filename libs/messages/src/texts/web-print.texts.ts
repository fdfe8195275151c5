import type { Texts } from '../wording';

/** The printed and filed documents of a meeting round: the summary and the round's record, as PDF and print view. */
export const WEB_PRINT_TEXTS = {
  'web.print.page-number': ({ page, pages }: { page: number; pages: number }) => ({
    da: `Side ${page} af ${pages}`,
    en: `Page ${page} of ${pages}`,
  }),
  'web.print.meeting-date': { da: 'Mødedato', en: 'Meeting date' },
  'web.print.no-meeting': { da: 'Intet møde registreret.', en: 'No meeting recorded.' },
  'web.print.key-points': { da: 'Nøglepointer', en: 'Key points' },
  'web.print.input': { da: 'Input til chefgruppen', en: 'Input to chefgruppen' },
  'web.print.none': { da: 'ingen', en: 'none' },
  'web.print.no-summary-yet': ({ id }: { id: string }) => ({
    da: `Møderunden ${id} har endnu ingen offentliggjort opsamling.`,
    en: `The meeting round ${id} has no published summary yet.`,
  }),

  // the links on the round's pages, and the print view
  'web.print.links.heading': { da: 'Til journalisering', en: 'For the case file' },
  'web.print.links.summary-pdf': { da: 'Hent opsamlingen som PDF/A', en: 'Download the summary as PDF/A' },
  'web.print.links.summary-print': { da: 'Udskriv opsamlingen', en: 'Print the summary' },
  'web.print.links.record-pdf': {
    da: 'Hent møderundens forløb som PDF/A',
    en: 'Download the meeting round’s record as PDF/A',
  },
  'web.print.print-page.the-round': { da: 'Møderunden', en: 'The meeting round' },
  'web.print.print-page.how': {
    da: 'Udskriv siden med browserens udskriftsfunktion (Ctrl+P, på Mac ⌘P). Menu og knapper kommer ikke med. Til sagsarkivet:',
    en: 'Print the page with the browser’s print command (Ctrl+P, on a Mac ⌘P). The menu and buttons are left out. For the case file:',
  },

  // the summary
  'web.print.summary.title': ({ theme }: { theme: string }) => ({
    da: `Opsamling: ${theme}`,
    en: `Summary: ${theme}`,
  }),
  'web.print.summary.published': { da: 'Offentliggjort', en: 'Published' },
  'web.print.summary.chefgruppens-summary': { da: 'Chefgruppens opsamling', en: 'Chefgruppen’s summary' },
  'web.print.summary.groups': { da: 'Gruppernes møder', en: 'The groups’ meetings' },

  // the record
  'web.print.record.title': ({ theme }: { theme: string }) => ({
    da: `Forløb for møderunden: ${theme}`,
    en: `Record of the meeting round: ${theme}`,
  }),
  'web.print.record.launched': { da: 'Startet', en: 'Launched' },
  'web.print.record.at-by': ({ at, by }: { at: string; by: string }) => ({
    da: `${at} af ${by}`,
    en: `${at} by ${by}`,
  }),
  'web.print.record.agenda': { da: 'Dagsorden', en: 'Agenda' },
  'web.print.record.no-agenda': { da: 'Ingen dagsorden sat.', en: 'No agenda set.' },
  'web.print.record.agenda-items': { da: 'Punkter', en: 'Items' },
  'web.print.record.prep-tasks': { da: 'Forberedelsesopgaver', en: 'Preparation tasks' },
  'web.print.record.materials': { da: 'Materialer', en: 'Materials' },
  'web.print.record.prep': { da: 'Forberedelse', en: 'Preparation' },
  'web.print.record.prep-not-sent': { da: 'Ikke sendt.', en: 'Not sent.' },
  'web.print.record.prep-sent': ({ at, count }: { at: string; count: number }) => ({
    da: `Sendt ${at} til ${count} ${count === 1 ? 'leder' : 'ledere'}.`,
    en: `Sent ${at} to ${count} ${count === 1 ? 'leader' : 'leaders'}.`,
  }),
  'web.print.record.meetings': { da: 'Møderne', en: 'The meetings' },
  'web.print.record.facilitator': { da: 'Facilitator', en: 'Facilitator' },
  'web.print.record.held': { da: 'Holdt og registreret', en: 'Held and recorded' },
  'web.print.record.attendance': ({ present, members }: { present: number; members: number }) => ({
    da: `Til stede (${present} af ${members})`,
    en: `Present (${present} of ${members})`,
  }),
  'web.print.record.summary': { da: 'Opsamlingen', en: 'The summary' },
  'web.print.record.no-summary': { da: 'Ikke offentliggjort.', en: 'Not published.' },
  'web.print.record.cascade': { da: 'Videreformidlingen', en: 'The cascade' },
  'web.print.record.confirmed': ({
    passedOn,
    channel,
    confirmed,
  }: {
    passedOn: string;
    channel: string;
    confirmed: string;
  }) => ({
    da: `givet videre ${passedOn} via ${channel} (bekræftet ${confirmed})`,
    en: `passed on ${passedOn} through ${channel} (confirmed ${confirmed})`,
  }),
  'web.print.record.released': ({ at }: { at: string }) => ({
    da: `fritaget ${at}`,
    en: `released ${at}`,
  }),
  'web.print.record.excepted': { da: 'undtaget, da møderunden blev lukket', en: 'excepted when the round was closed' },
  'web.print.record.pending': { da: 'mangler', en: 'pending' },
  'web.print.record.closing': { da: 'Afslutning', en: 'Closing' },
  'web.print.record.closed': ({
    at,
    by,
    reason,
    exceptions,
  }: {
    at: string;
    by: string;
    reason: string;
    exceptions: number;
  }) => ({
    da: `Lukket ${at} af ${by} med ${exceptions} ${exceptions === 1 ? 'undtagelse' : 'undtagelser'}. Begrundelse: ${reason}`,
    en: `Closed ${at} by ${by} with ${exceptions} ${exceptions === 1 ? 'exception' : 'exceptions'}. Reason: ${reason}`,
  }),
  'web.print.record.completed': ({ at }: { at: string }) => ({
    da: `Afsluttet ${at}: alle har givet opsamlingen videre eller er fritaget.`,
    en: `Completed ${at}: everyone passed the summary on or was released.`,
  }),
  'web.print.record.open': { da: 'Møderunden er ikke afsluttet.', en: 'The meeting round is not completed.' },
  'web.print.record.history': { da: 'Historikken', en: 'The history' },
  'web.print.record.history-help': {
    da: 'Alt, hvad der er sket i møderunden, i rækkefølge og til sekundet, undtagen de enkelte beskeder (hver udsendelse står med sit antal). Rettelser står her med tidspunkt.',
    en: 'Everything that happened in the meeting round, in order and to the second, except the single messages (each round of messages shows with its count). Corrections show here with their time.',
  },
} as const satisfies Texts;
