import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

export const WEB_CONFIRM_TEXTS = {
  // Every page of the personal link
  'web.confirm.page.cycle': { da: 'Møderunde', en: 'Meeting round' },
  // The confirmation form
  'web.confirm.form.title': { da: 'Bekræft din videreformidling', en: 'Confirm your cascade' },
  'web.confirm.form.intro': {
    da: 'Bekræft, at du har fortalt dine medarbejdere, hvad der kom ud af mødet, og hvad det betyder hos jer.',
    en: 'Confirm that you told your staff what came out of the meeting and what it means at your workplace.',
  },
  'web.confirm.form.passed-on-at': {
    da: 'Hvornår gav du resultaterne videre?',
    en: 'When did you pass the results on?',
  },
  'web.confirm.form.channel': { da: 'Hvordan? (fx personalemøde)', en: 'How? (e.g. staff meeting)' },
  'web.confirm.form.note': { da: 'Refleksion (valgfri)', en: 'Reflection (optional)' },
  'web.confirm.form.submit': { da: 'Bekræft', en: 'Confirm' },
  'web.confirm.form.expires': (p: { date: Bilingual }) => ({
    da: `Linket virker til ${p.date.da}`,
    en: `The link works until ${p.date.en}`,
  }),
  // The form's errors, in the words of the form rather than of the validator
  'web.confirm.form.passed-on-at.invalid': {
    da: 'Vælg datoen, hvor du gav resultaterne videre',
    en: 'Choose the date you passed the results on',
  },
  'web.confirm.form.channel.invalid': {
    da: 'Skriv hvordan, med højst 200 tegn',
    en: 'Say how, in at most 200 characters',
  },
  'web.confirm.form.note.invalid': {
    da: 'Refleksionen må højst være 2.000 tegn',
    en: 'The reflection can be at most 2,000 characters',
  },
  'web.confirm.form.unknown-fields': (p: { fields: string }) => ({
    da: `Ukendte felter: ${p.fields}`,
    en: `Unknown fields: ${p.fields}`,
  }),
  // The receipt and where the cascade stands
  'web.confirm.receipt.title': {
    da: 'Tak – din videreformidling er registreret',
    en: 'Thank you – your cascade is recorded',
  },
  'web.confirm.receipt.text': { da: 'Du kan lukke siden.', en: 'You can close this page.' },
  'web.confirm.already-confirmed.title': {
    da: 'Din videreformidling er allerede registreret',
    en: 'Your cascade is already recorded',
  },
  'web.confirm.already-confirmed.text': {
    da: 'Der er ikke mere at gøre her.',
    en: 'There is nothing more to do here.',
  },
  'web.confirm.released.title': {
    da: 'Du er fritaget for videreformidlingen',
    en: 'You were released from the cascade',
  },
  'web.confirm.released.text': {
    da: 'Chefgruppen har fritaget dig i denne runde.',
    en: 'Chefgruppen released you in this round.',
  },
  'web.confirm.closed.title': { da: 'Runden er lukket', en: 'The round is closed' },
  'web.confirm.closed.text': {
    da: 'Chefgruppen har lukket runden, så der kan ikke længere bekræftes. Kontakt din facilitator, hvis du har spørgsmål.',
    en: 'Chefgruppen has closed the round, so confirmations are no longer taken. Ask your facilitator if in doubt.',
  },
  'web.confirm.not-yet.title': {
    da: 'Opsamlingen er ikke offentliggjort endnu',
    en: 'The summary has not been published yet',
  },
  'web.confirm.not-yet.text': {
    da: 'Du kan bekræfte, når opsamlingen er sendt ud.',
    en: 'You can confirm once the summary is out.',
  },
  // A link that cannot be used
  'web.confirm.expired.title': { da: 'Linket er udløbet', en: 'The link has expired' },
  'web.confirm.expired.text': {
    da: 'Bed om et nyt link, eller log ind og bekræft dér.',
    en: 'Ask for a new link, or sign in and confirm there.',
  },
  'web.confirm.revoked.title': { da: 'Linket virker ikke længere', en: 'The link no longer works' },
  'web.confirm.revoked.text': {
    da: 'Du er fritaget for runden, har forladt organisationen, eller dine oplysninger er slettet, så der er intet at bekræfte. Kontakt chefgruppen, hvis det er en fejl.',
    en: 'You were released from the round, have left the organisation, or your details were erased, so there is nothing to confirm. Contact chefgruppen if this is a mistake.',
  },
  'web.confirm.invalid.title': { da: 'Linket er ugyldigt', en: 'The link is not valid' },
  'web.confirm.invalid.text': {
    da: 'Tjek, at hele linket fra e-mailen kom med, eller log ind og bekræft dér.',
    en: 'Check that the whole link from the e-mail came along, or sign in and confirm there.',
  },
  // Any other refusal or failure
  'web.confirm.error.try-later': { da: 'Prøv igen senere', en: 'Please try again later' },
  // Too many requests from one connection
  'web.confirm.too-many-requests.text': (p: { seconds: number }) => ({
    da: `Der er kommet for mange forespørgsler fra din forbindelse. Vent ${p.seconds} sekunder, og prøv så igen.`,
    en: `Too many requests have come from your connection. Wait ${p.seconds} seconds, then try again.`,
  }),
} as const satisfies Texts;
