import type { Texts } from '../wording';

export const WEB_FORMS_TEXTS = {
  // A form refused by a conflict with the stored state: where things stand is the page itself
  'web.forms.conflict.heading': { da: 'Det, du skrev, er ikke gemt', en: 'What you wrote was not saved' },
  'web.forms.conflict.where': {
    da: 'Siden viser nu, hvor sagen står. Her er det, du skrev, så du kan bruge det igen:',
    en: 'The page now shows where things stand. Here is what you wrote, so you can use it again:',
  },
  // A date as three fields, a time as one
  'web.forms.date.day': { da: 'Dag', en: 'Day' },
  'web.forms.date.month': { da: 'Måned', en: 'Month' },
  'web.forms.date.year': { da: 'År', en: 'Year' },
  'web.forms.date.hint': { da: 'For eksempel 24 5 2027', en: 'For example 24 5 2027' },
  'web.forms.moment.hint': { da: 'For eksempel 24 5 2027 kl. 9.30', en: 'For example 24 5 2027 at 9.30' },
  'web.forms.date.invalid': { da: 'Skriv en dato som 24.5.2027', en: 'Write a date such as 24.5.2027' },
  'web.forms.time.label': { da: 'Klokkeslæt', en: 'Time' },
  'web.forms.time.hint': { da: 'Timer og minutter, for eksempel 9.30', en: 'Hours and minutes, for example 9.30' },
  'web.forms.time.invalid': { da: 'Skriv et tidspunkt som 9.30', en: 'Write a time such as 9.30' },
} as const satisfies Texts;
