import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

/**
 * What a leader writes and sends to their own workplace, and what the workplace reads and answers: the reflection,
 * the message to the staff, the workplace page and how far it reached.
 */
export const WEB_WORKPLACE_TEXTS = {
  'web.workplace.reflection.title': { da: 'Hvad betyder det for os', en: 'What it means for us' },
  'web.workplace.reflection.intro': {
    da: 'Skriv med dine egne ord, hvad møderunden betyder for din arbejdsplads. Dit personale ser det sammen med opsamlingen. Du kan rette det, indtil møderunden er afsluttet.',
    en: 'Write in your own words what the meeting round means for your workplace. Your staff read it with the summary. You can change it until the meeting round is completed.',
  },
  'web.workplace.reflection.text': { da: 'Refleksion til din arbejdsplads', en: 'Reflection for your workplace' },
  'web.workplace.reflection.hint': {
    da: 'Fx hvad I gør nu, og hvad I vil tale om på næste personalemøde. Højst 4.000 tegn.',
    en: 'E.g. what you will do now, and what you will talk about at the next staff meeting. At most 4,000 characters.',
  },
  'web.workplace.reflection.save': { da: 'Gem refleksionen', en: 'Save the reflection' },
  'web.workplace.reflection.saved': (p: { at: Bilingual }) => ({
    da: `Senest gemt ${p.at.da}.`,
    en: `Last saved ${p.at.en}.`,
  }),
  'web.workplace.reflection.invalid': {
    da: 'Skriv refleksionen (højst 4.000 tegn)',
    en: 'Write the reflection (at most 4,000 characters)',
  },
  'web.workplace.reflection.not-yet': {
    da: 'Du kan skrive, hvad møderunden betyder for din arbejdsplads, når opsamlingen er offentliggjort.',
    en: 'You can write what the meeting round means for your workplace once the summary is published.',
  },
  'web.workplace.reflection.final': {
    da: 'Møderunden er afsluttet; refleksionen kan ikke længere rettes.',
    en: 'The meeting round is completed; the reflection can no longer be changed.',
  },
  'web.workplace.page.intro': (p: { workplace: string }) => ({
    da: `Til medarbejderne i ${p.workplace}: sådan gik møderunden, og hvad det betyder hos jer.`,
    en: `To the staff of ${p.workplace}: how the meeting round went, and what it means for you.`,
  }),
  'web.workplace.page.your-workplace': { da: 'jeres arbejdsplads', en: 'your workplace' },
  'web.workplace.page.key-points': {
    da: 'Hvad grupperne arbejdede med',
    en: 'What the groups worked on',
  },
  'web.workplace.page.no-key-points': { da: 'Ingen hovedpunkter registreret.', en: 'No key points recorded.' },
  'web.workplace.page.leaders-reflection': {
    da: 'Hvad det betyder for os – fra din leder',
    en: 'What it means for us – from your leader',
  },
  'web.workplace.page.no-reflection': {
    da: 'Din leder har ikke skrevet noget endnu.',
    en: 'Your leader has not written anything yet.',
  },
  'web.workplace.heard.title': { da: 'Har du hørt om det?', en: 'Have you heard about it?' },
  'web.workplace.heard.intro': {
    da: 'Sig anonymt, at du har hørt om møderunden. Vi gemmer ikke, hvem du er: kun at nogen på jeres arbejdsplads har hørt om det. Antal under 5 vises aldrig.',
    en: 'Say anonymously that you have heard about the meeting round. We do not store who you are: only that someone at your workplace heard about it. Counts under 5 are never shown.',
  },
  'web.workplace.heard.question': {
    da: 'Hvad betyder det for dig? (frivilligt)',
    en: 'What does it mean for you? (optional)',
  },
  'web.workplace.heard.question-hint': {
    da: 'Skriv ikke navne. Højst 1.000 tegn.',
    en: 'Do not write names. At most 1,000 characters.',
  },
  'web.workplace.heard.submit': { da: 'Jeg har hørt om det', en: 'I have heard about it' },
  'web.workplace.heard.thanks': {
    da: 'Tak. Dit svar er talt med, uden at vi ved, hvem du er.',
    en: 'Thank you. Your answer is counted, without our knowing who you are.',
  },
  'web.workplace.heard.invalid': {
    da: 'Svaret må højst have 1.000 tegn',
    en: 'The answer may have at most 1,000 characters',
  },
  'web.workplace.link.invalid': {
    da: 'Linket virker ikke. Bed din leder om det link, der kom med beskeden.',
    en: 'The link does not work. Ask your leader for the link that came with the message.',
  },
  'web.workplace.link.not-yet': {
    da: 'Opsamlingen er ikke offentliggjort endnu.',
    en: 'The summary has not been published yet.',
  },
  'web.workplace.staff-text.title': { da: 'Til dit personale', en: 'For your staff' },
  'web.workplace.staff-text.intro': {
    da: 'Kopiér teksten til dit personale, fx i en e-mail eller på intranettet. Linket fører til jeres arbejdsplads’ side, hvor de kan læse det hele og anonymt sige, at de har hørt om det.',
    en: 'Copy the text for your staff, e.g. into an e-mail or onto the intranet. The link leads to your workplace’s page, where they can read it all and say anonymously that they have heard about it.',
  },
  'web.workplace.staff-text.label': { da: 'Tekst til dit personale', en: 'Text for your staff' },
  'web.workplace.staff-text.subject': (p: { theme: string }) => ({
    da: `Opsamling: ${p.theme}`,
    en: `Summary: ${p.theme}`,
  }),
  'web.workplace.staff-text.link': {
    da: 'Læs det hele, og sig at du har hørt om det',
    en: 'Read it all, and say that you have heard about it',
  },
  'web.workplace.staff-text.open': { da: 'Åbn jeres arbejdsplads’ side', en: 'Open your workplace’s page' },
  'web.workplace.reach.title': { da: 'Hvor langt nåede det ud', en: 'How far it reached' },
  'web.workplace.reach.intro': (p: { min: number }) => ({
    da: `Medarbejdere, der anonymt har svaret "Jeg har hørt om det" på deres arbejdsplads' side. Det er en indikator, ikke et bevis: ikke alle svarer, og et svar siger ikke, hvem der har hørt hvad. Et antal under ${p.min} vises aldrig.`,
    en: `Staff who said anonymously "I have heard about it" on their workplace's page. It is an indicator, not proof: not everyone answers, and an answer does not say who heard what. A count under ${p.min} is never shown.`,
  }),
  'web.workplace.reach.total': (p: { count: Bilingual }) => ({
    da: `Svar i alt: ${p.count.da}.`,
    en: `Answers in all: ${p.count.en}.`,
  }),
  'web.workplace.reach.under': (p: { min: number }) => ({ da: `under ${p.min}`, en: `under ${p.min}` }),
  'web.workplace.reach.audit': (p: { count: Bilingual; stream: string }) => ({
    da: `"Jeg har hørt om det": ${p.count.da} svar, registreret som hændelser uden identitet i møderundens eget forløb (${p.stream}).`,
    en: `"I have heard about it": ${p.count.en} answers, recorded as events without identities in the round's own stream (${p.stream}).`,
  }),
  'web.workplace.reach.heatmap-caption': {
    da: 'Svar efter område og niveau (indikator, ikke bevis)',
    en: 'Answers by area and level (an indicator, not proof)',
  },
  'web.workplace.reach.heatmap-region': { da: 'Rækkevidde efter område og niveau', en: 'Reach by area and level' },
  'web.workplace.reach.workplaces-caption': {
    da: 'Svar efter arbejdsplads, ved siden af lederens bekræftelse',
    en: 'Answers by workplace, beside the leader’s confirmation',
  },
  'web.workplace.reach.workplace': { da: 'Arbejdsplads', en: 'Workplace' },
  'web.workplace.reach.answers': { da: 'Svar', en: 'Answers' },
  'web.workplace.reach.confirmed': { da: 'Lederen har bekræftet', en: 'The leader confirmed' },
  'web.workplace.reach.yes': { da: 'Ja', en: 'Yes' },
  'web.workplace.reach.no': { da: 'Nej', en: 'No' },
} as const satisfies Texts;
