import type { Texts } from '../wording';

export const WEB_COMMON_TEXTS = {
  // Suggestions for how a leader passed the results on: stored as written, so Danish in both languages
  'web.common.channels.staff-meeting': { da: 'personalemøde', en: 'personalemøde' },
  'web.common.channels.team-meeting': { da: 'teammøde', en: 'teammøde' },
  'web.common.channels.med-meeting': { da: 'MED-møde', en: 'MED-møde' },
  'web.common.channels.e-mail': { da: 'e-mail', en: 'e-mail' },
  'web.common.channels.newsletter': { da: 'nyhedsbrev', en: 'nyhedsbrev' },
  'web.common.channels.one-to-one': { da: 'samtaler med den enkelte', en: 'samtaler med den enkelte' },
  // The roles and each role's menu
  'web.common.role.chefgruppen': { da: 'Chefgruppen', en: 'Chefgruppen (top management)' },
  'web.common.role.facilitator': { da: 'Facilitator', en: 'Facilitator' },
  'web.common.role.leader': { da: 'Leder', en: 'Leader' },
  // A facilitator named in a sentence
  'web.common.role.facilitator.in-text': { da: 'facilitator', en: 'facilitator' },
  'web.common.role.auditor': { da: 'Revisor', en: 'Auditor' },
  'web.common.role.employee': { da: 'Medarbejder', en: 'Employee' },
  'web.common.menu.chefgruppen.cycles': { da: 'Møderunder', en: 'Meeting rounds' },
  'web.common.menu.chefgruppen.organisation': { da: 'Organisation', en: 'Organisation' },
  'web.common.menu.facilitator': { da: 'Mine grupper', en: 'My groups' },
  'web.common.menu.leader': { da: 'Mine møderunder', en: 'My meeting rounds' },
  'web.common.menu.auditor': { da: 'Revision', en: 'Audit' },
  'web.common.menu.employee': { da: 'Nyt fra møderunderne', en: 'News from the meeting rounds' },
  // A refusal or failure shown as a page
  'web.common.error.forbidden.title': { da: 'Ingen adgang', en: 'No access' },
  'web.common.error.not-found.title': { da: 'Siden findes ikke', en: 'Page not found' },
  'web.common.error.conflict.title': { da: 'Det kan ikke lade sig gøre nu', en: 'That cannot be done now' },
  'web.common.error.too-many-requests.title': { da: 'For mange forsøg', en: 'Too many attempts' },
  'web.common.error.unavailable.title': {
    da: 'Systemet svarer ikke lige nu',
    en: 'The system does not answer just now',
  },
  'web.common.error.forbidden.next': {
    da: 'Din rolle giver ikke adgang til denne side. Gå til forsiden, eller log ind som en anden.',
    en: 'Your role does not give access to this page. Go to the start page, or sign in as someone else.',
  },
  'web.common.error.not-found.next': {
    da: 'Tjek adressen, eller gå til forsiden.',
    en: 'Check the address, or go to the start page.',
  },
  'web.common.error.conflict.next': {
    da: 'Siden viser nu, hvor sagen står. Gå tilbage og genindlæs den.',
    en: 'Go back and reload the page to see where things stand.',
  },
  'web.common.error.title': { da: 'Det lykkedes ikke', en: 'That did not work' },
  'web.common.error.next': { da: 'Prøv igen om lidt.', en: 'Please try again in a moment.' },
  'web.common.error.to-start': { da: 'Til forsiden', en: 'To the start page' },
  'web.common.error.changed-concurrently': {
    da: 'Data blev ændret samtidig; hent siden og prøv igen',
    en: 'Changed concurrently; reload and try again',
  },

  // Forms
  'web.common.form.correct': { da: 'Ret venligst', en: 'Please correct' },
  'web.common.form.other-site': {
    da: 'Formularen kom fra et andet websted',
    en: 'The form came from another site',
  },
  'web.common.form.stale': {
    da: 'Formularen er for gammel eller kom ikke fra denne side; genindlæs siden og prøv igen',
    en: 'The form is stale or did not come from this page; reload the page and try again',
  },
  // The signed-in session
  'web.common.session.sign-in-first': { da: 'Log ind først', en: 'Please sign in' },
  // A cycle's facts, named the same on every page
  'web.common.cycle.meeting-date': { da: 'Mødedato', en: 'Meeting date' },
  'web.common.cycle.stage': { da: 'Fase', en: 'Stage' },
  // The stages of a cycle
  'web.common.stage.launched': { da: 'Startet', en: 'Launched' },
  'web.common.stage.agenda-set': { da: 'Dagsorden sat', en: 'Agenda set' },
  'web.common.stage.prep-sent': { da: 'Forberedelse sendt', en: 'Prep sent' },
  'web.common.stage.meetings-held': { da: 'Møder holdt', en: 'Meetings held' },
  'web.common.stage.summary-published': { da: 'Opsamling offentliggjort', en: 'Summary published' },
  'web.common.stage.completed': { da: 'Afsluttet', en: 'Completed' },
  'web.common.stage.cancelled': { da: 'Aflyst', en: 'Cancelled' },
  // The page around every page
  'web.common.layout.error-prefix': { da: 'Fejl: ', en: 'Error: ' },
  'web.common.layout.skip': { da: 'Gå til indholdet', en: 'Skip to content' },
  'web.common.layout.dev-sign-in-on': {
    da: 'Udviklingslogin er slået til: alle, der kan nå denne side, kan logge ind som hvem som helst. Kun til et lukket testnet.',
    en: 'Development sign-in is on: anyone who can reach this page can sign in as anyone. For a closed test network only.',
  },
  'web.common.layout.menu': { da: 'Hovedmenu', en: 'Main menu' },
  'web.common.layout.sign-out': { da: 'Log ud', en: 'Sign out' },
  'web.common.layout.trail': { da: 'Du er her', en: 'You are here' },
  'web.common.layout.signed-in-as': { da: 'Logget ind som', en: 'Signed in as' },
  'web.common.layout.footer.about': {
    da: 'Møderunder i de tværgående ledelsesgrupper',
    en: 'Meeting rounds of the cross-cutting leadership groups',
  },
  // The link to the other language, in that language's own name
  'web.common.layout.other-language': { da: 'English', en: 'Dansk' },
  // A validator's constraint in the reader's words
  'web.common.constraint.required': { da: 'Skal udfyldes', en: 'Required' },
  'web.common.constraint.min-length': (p: { n: string }) => ({
    da: `Skal være mindst ${p.n} tegn`,
    en: `Must be at least ${p.n} characters`,
  }),
  'web.common.constraint.max-length': (p: { n: string }) => ({
    da: `Højst ${p.n} tegn`,
    en: `At most ${p.n} characters`,
  }),
  'web.common.constraint.max-entries': (p: { n: string }) => ({
    da: `Højst ${p.n} punkter`,
    en: `At most ${p.n} entries`,
  }),
  'web.common.constraint.date-time': { da: 'Skriv et gyldigt tidspunkt', en: 'Enter a valid date and time' },
  'web.common.constraint.email': { da: 'Skriv en gyldig e-mailadresse', en: 'Enter a valid e-mail address' },
  'web.common.constraint.yes-no': { da: 'Vælg ja eller nej', en: 'Choose yes or no' },
  'web.common.constraint.url': {
    da: 'Skriv en hel adresse, der begynder med https://',
    en: 'Enter a full address starting with https://',
  },
  'web.common.constraint.choice': { da: 'Vælg en af mulighederne', en: 'Choose one of the options' },
  'web.common.constraint.number': { da: 'Skriv et gyldigt tal', en: 'Enter a valid number' },
  'web.common.constraint.unknown-field': {
    da: 'Feltet findes ikke i formularen',
    en: 'This field is not part of the form',
  },
  'web.common.constraint.invalid': { da: 'Ugyldig værdi', en: 'Invalid value' },
} as const satisfies Texts;
