import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

/** Putting things right: a meeting record amended, an agenda corrected after prep, a round cancelled. */
export const CORRECTIONS_TEXTS = {
  // The API's refusals and OpenAPI texts
  'api.cycles.meeting.amend-after-summary': {
    da: 'Når opsamlingen er offentliggjort, retter kun chefgruppen referatet',
    en: 'Once the summary is published, only chefgruppen amends the record',
  },
  'api.docs.cycles.amend-meeting.summary': {
    da: 'Ret gruppens mødereferat',
    en: 'Amend a meeting record (its facilitator until the summary, chefgruppen)',
  },
  'api.docs.cycles.amend-meeting.reason': {
    da: 'Hvorfor referatet rettes; påkrævet, når opsamlingen er offentliggjort. Gemmes i klar tekst: skriv ikke personoplysninger',
    en: 'Why the record is amended; required once the summary is published. Kept in clear text: no personal details',
  },
  'api.docs.cycles.amend-meeting.reason-example': {
    da: 'Deltagerlisten manglede én',
    en: 'One attendee was missing',
  },
  'api.docs.cycles.correct-agenda.summary': {
    da: 'Ret dagsordenen efter forberedelsen (lederne får en rettelse)',
    en: 'Correct the agenda after prep; the leaders get errata (chefgruppen)',
  },
  'api.docs.cycles.correct-agenda.changes': {
    da: 'Hvad er ændret, med de ord lederne får',
    en: 'What changed, in the words the leaders get',
  },
  'api.docs.cycles.correct-agenda.changes-example': {
    da: 'Punkt 2 handler også om fastholdelse',
    en: 'Item 2 also covers retention',
  },
  'api.docs.cycles.correct-agenda.reason': {
    da: 'Hvorfor dagsordenen rettes; lederne får den også',
    en: 'Why the agenda is corrected; the leaders get it too',
  },
  'api.docs.cycles.correct-agenda.reason-example': {
    da: 'Et punkt var faldet ud',
    en: 'An item had been left out',
  },
  'api.docs.cycles.cancel.summary': {
    da: 'Aflys møderunden; de, der har fået beskeder, får besked om aflysningen',
    en: 'Cancel the meeting round; whoever got messages is told (chefgruppen)',
  },
  'api.docs.cycles.cancel.reason-example': { da: 'Det var en prøverunde', en: 'It was a test round' },

  'web.corrections.heading': { da: 'Ret', en: 'Correct' },
  // Amending a meeting record
  'web.corrections.amend.action': { da: 'Ret referatet', en: 'Amend the record' },
  'web.corrections.amend.action-for': (p: { group: string }) => ({
    da: `Ret referatet for ${p.group}`,
    en: `Amend the record of ${p.group}`,
  }),
  'web.corrections.amend.title': (p: { group: string }) => ({
    da: `Ret referatet for ${p.group}`,
    en: `Amend the record of ${p.group}`,
  }),
  'web.corrections.amend.intro': {
    da: 'Referatet står her, som det er registreret. Ret det, der skal rettes; det første referat og rettelsen gemmes begge i historikken.',
    en: 'The record is shown as it was recorded. Change what needs changing; the first record and the amendment are both kept in the history.',
  },
  'web.corrections.amend.after-summary': {
    da: 'Opsamlingen er offentliggjort, så andre har læst referatet: skriv, hvorfor det rettes.',
    en: 'The summary is published, so others have read the record: say why it is amended.',
  },
  'web.corrections.amend.reason': { da: 'Begrundelse', en: 'Reason' },
  'web.corrections.amend.reason.hint': {
    da: 'Frivillig. Gemmes i klar tekst i historikken: skriv ikke personoplysninger.',
    en: 'Optional. Kept in clear text in the history: no personal details.',
  },
  'web.corrections.amend.reason.required-hint': {
    da: 'Påkrævet. Gemmes i klar tekst i historikken: skriv ikke personoplysninger.',
    en: 'Required. Kept in clear text in the history: no personal details.',
  },
  'web.corrections.amend.submit': { da: 'Gem rettelsen', en: 'Save the amendment' },
  'web.corrections.amend.amended': (p: { at: Bilingual }) => ({
    da: `Referatet blev rettet ${p.at.da}.`,
    en: `The record was amended ${p.at.en}.`,
  }),

  // Correcting the agenda after prep
  'web.corrections.agenda.action': {
    da: 'Ret dagsordenen og send en rettelse',
    en: 'Correct the agenda and send errata',
  },
  'web.corrections.agenda.intro': (p: { recipients: number }) => ({
    da: `Forberedelsen er sendt. Når du gemmer, får ${p.recipients} ledere en rettelse med det, der er ændret, begrundelsen og dagsordenen, som den nu lyder.`,
    en: `Prep has been sent. When you save, ${p.recipients} leaders get errata with what changed, the reason and the agenda as it now reads.`,
  }),
  'web.corrections.agenda.changes': { da: 'Hvad er ændret', en: 'What changed' },
  'web.corrections.agenda.changes.hint': {
    da: 'Med de ord, lederne får, f.eks. "Punkt 2 handler også om fastholdelse".',
    en: 'In the words the leaders get, e.g. "Item 2 also covers retention".',
  },
  'web.corrections.agenda.reason': { da: 'Begrundelse', en: 'Reason' },
  'web.corrections.agenda.reason.hint': {
    da: 'Lederne får den også. Gemmes i klar tekst: skriv ikke personoplysninger.',
    en: 'The leaders get it too. Kept in clear text: no personal details.',
  },
  'web.corrections.agenda.submit': (p: { recipients: number }) => ({
    da: `Gem og send rettelsen til ${p.recipients} ledere`,
    en: `Save and send the errata to ${p.recipients} leaders`,
  }),
  // Cancelling the round
  'web.corrections.cancel.action': { da: 'Aflys møderunden', en: 'Cancel the meeting round' },
  'web.corrections.cancel.title': (p: { theme: string }) => ({
    da: `Aflys møderunden «${p.theme}»`,
    en: `Cancel the meeting round “${p.theme}”`,
  }),
  'web.corrections.cancel.intro': {
    da: 'En aflyst møderunde kan ikke genoptages: der sendes ikke flere beskeder, og intet mere kan registreres i den.',
    en: 'A cancelled meeting round cannot be resumed: no more messages are sent, and nothing more can be recorded in it.',
  },
  'web.corrections.cancel.people-told': (p: { people: number }) => ({
    da: `${p.people} personer får besked om aflysningen.`,
    en: `${p.people} people will be told of the cancellation.`,
  }),
  'web.corrections.cancel.nobody-told': {
    da: 'Ingen har fået beskeder fra møderunden, så ingen får besked om aflysningen.',
    en: 'Nobody has had a message from this round, so nobody is told of the cancellation.',
  },
  'web.corrections.cancel.reason': { da: 'Begrundelse', en: 'Reason' },
  'web.corrections.cancel.reason.hint': {
    da: 'Står i beskeden om aflysningen og i historikken, i klar tekst: skriv ikke personoplysninger.',
    en: 'Stated in the cancellation message and the history, in clear text: no personal details.',
  },
  'web.corrections.cancel.submit': { da: 'Aflys møderunden', en: 'Cancel the meeting round' },
  'web.corrections.cancel.cancelled': {
    da: 'Møderunden er aflyst. Der sendes ikke flere beskeder.',
    en: 'The meeting round is cancelled. No more messages are sent.',
  },
} as const satisfies Texts;
