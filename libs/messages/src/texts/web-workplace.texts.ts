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
} as const satisfies Texts;
