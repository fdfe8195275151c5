import type { Texts } from '../wording';

export const WEB_SIGN_IN_TEXTS = {
  // The sign-in page
  'web.sign-in.title': { da: 'Log ind', en: 'Sign in' },
  'web.sign-in.intro': {
    da: 'Ledelsesrum samler kommunens tværgående ledelsesgrupper: dagsorden, forberedelse, møder, opsamling og videreformidling.',
    en: 'Ledelsesrum brings together the municipality’s cross-cutting leadership groups: agenda, preparation, meetings, summary and cascade.',
  },
  'web.sign-in.personal-link': {
    da: 'Har du fået et personligt link i en e-mail, kan du bekræfte din videreformidling dér uden at logge ind.',
    en: 'If you received a personal link by e-mail, you can confirm your cascade there without signing in.',
  },
  'web.sign-in.oidc.heading': { da: 'Log ind med organisationens login', en: 'Sign in with the organisation’s login' },
  'web.sign-in.submit': { da: 'Log ind', en: 'Sign in' },
  'web.sign-in.dev.heading': { da: 'Udviklingslogin', en: 'Development sign-in' },
  'web.sign-in.dev.hint': {
    da: 'Kun til udvikling og afprøvning: vælg hvem du er, og i hvilken rolle. Slås fra, når organisationens login er sat op.',
    en: 'For development and trials only: choose who you are, and in which role. Off once the organisation’s login is set up.',
  },
  'web.sign-in.dev.role': { da: 'Rolle', en: 'Role' },
  'web.sign-in.dev.person': { da: 'Person', en: 'Person' },
  'web.sign-in.dev.person.hint': {
    da: 'Ledere og facilitatorer vælger sig selv. Chefgruppen og revisorer kan også logge ind uden at være i organisationen.',
    en: 'Leaders and facilitators choose themselves. Chefgruppen and auditors may also sign in without being in the organisation.',
  },
  'web.sign-in.dev.person.none': { da: '(ingen bestemt person)', en: '(no particular person)' },
  'web.sign-in.dev.person.unknown': {
    da: 'Personen findes ikke i organisationen',
    en: 'No such person in the organisation',
  },
  'web.sign-in.dev.local-only': {
    da: 'Udviklingslogin virker kun fra den maskine, ledelsesrum kører på.',
    en: 'Development sign-in works only from the machine ledelsesrum runs on.',
  },
  'web.sign-in.dev.role.invalid': { da: 'vælg en rolle', en: 'choose a role' },
  'web.sign-in.oidc.not-set-up': {
    da: 'Login gennem udbyderen er ikke sat op',
    en: 'Provider sign-in is not set up',
  },
  'web.sign-in.dev.off': { da: 'Udviklingslogin er slået fra', en: 'Development sign-in is off' },
  'web.sign-in.dev.not-this-machine': {
    da: 'Udviklingslogin virker kun fra den maskine, API’et kører på',
    en: 'Development sign-in works only from the machine the API runs on',
  },
  // Why signing in through the organisation's login did not end in a session
  'web.sign-in.problem.again': { da: 'Log ind igen', en: 'Sign in again' },
  'web.sign-in.problem.to-sign-in': { da: 'Til login-siden', en: 'To the sign-in page' },
  'web.sign-in.problem.cancelled.title': { da: 'Login blev afbrudt', en: 'Sign-in was cancelled' },
  'web.sign-in.problem.cancelled.what': {
    da: 'Du afbrød login hos organisationens login, eller det gav dig ikke lov til at bruge Ledelsesrum.',
    en: 'You cancelled signing in at the organisation’s login, or it did not let you use Ledelsesrum.',
  },
  'web.sign-in.problem.cancelled.next': {
    da: 'Prøv igen. Bliver du afvist igen, så bed din it-afdeling om adgang til Ledelsesrum.',
    en: 'Try again. If you are refused again, ask your IT department for access to Ledelsesrum.',
  },
  'web.sign-in.problem.expired.title': { da: 'Login-forsøget er udløbet', en: 'The sign-in attempt has expired' },
  'web.sign-in.problem.expired.what': {
    da: 'Der gik mere end 10 minutter, eller login blev startet i en anden browser.',
    en: 'More than 10 minutes passed, or the sign-in was started in another browser.',
  },
  'web.sign-in.problem.expired.next': { da: 'Start login forfra.', en: 'Start signing in again.' },
  'web.sign-in.problem.mismatch.title': {
    da: 'Svaret passer ikke til dit login',
    en: 'The answer does not match your sign-in',
  },
  'web.sign-in.problem.mismatch.what': {
    da: 'Svaret fra login hører ikke til det login, du startede i denne browser. Det sker, hvis du har startet login i to faner, eller hvis du fulgte et link fra en anden.',
    en: 'The answer from the login does not belong to the sign-in you started in this browser. That happens if you started signing in in two tabs, or followed a link from someone else.',
  },
  'web.sign-in.problem.mismatch.next': {
    da: 'Luk de andre faner, og start login forfra.',
    en: 'Close the other tabs and start signing in again.',
  },
  'web.sign-in.problem.failed.title': { da: 'Login kunne ikke gennemføres', en: 'Sign-in could not be completed' },
  'web.sign-in.problem.failed.what': {
    da: 'Svaret fra organisationens login kunne ikke godkendes.',
    en: 'The answer from the organisation’s login could not be accepted.',
  },
  'web.sign-in.problem.failed.next': {
    da: 'Start login forfra. Sker det igen, så kontakt din it-afdeling og sig, hvornår det skete.',
    en: 'Start signing in again. If it happens again, contact your IT department and say when it happened.',
  },
  'web.sign-in.problem.unavailable.title': {
    da: 'Login svarer ikke lige nu',
    en: 'The login does not answer just now',
  },
  'web.sign-in.problem.unavailable.what': {
    da: 'Ledelsesrum kunne ikke komme i kontakt med organisationens login.',
    en: 'Ledelsesrum could not reach the organisation’s login.',
  },
  'web.sign-in.problem.unavailable.next': { da: 'Prøv igen om lidt.', en: 'Please try again in a moment.' },
  'web.sign-in.problem.refused.title': { da: 'Login lykkedes ikke', en: 'Sign-in did not succeed' },
  'web.sign-in.problem.refused.what': (p: { code: string }) => ({
    da: `Organisationens login afviste login med fejlkoden ${p.code}.`,
    en: `The organisation’s login refused the sign-in with the error code ${p.code}.`,
  }),
  'web.sign-in.problem.refused.next': {
    da: 'Prøv igen om lidt. Sker det igen, så giv din it-afdeling fejlkoden.',
    en: 'Try again in a moment. If it happens again, give your IT department the error code.',
  },
} as const satisfies Texts;
