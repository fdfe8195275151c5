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
} as const satisfies Texts;
