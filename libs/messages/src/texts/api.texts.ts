import type { Texts } from '../wording';

/**
 * The API's answers: refusals and validation errors. The API gives each as one line, Danish then English
 * (`bothLanguages`). Where an answer names a value only after its English half, the Danish half goes without it, as
 * the API has always answered.
 */
export const API_TEXTS = {
  // Signing in and roles
  'api.auth.token.missing': { da: 'Mangler gyldigt token', en: 'A valid bearer token is required' },
  'api.auth.token.invalid': { da: 'Ugyldigt token', en: 'Invalid token' },
  'api.auth.session.missing': { da: 'Log ind først', en: 'Please sign in' },
  'api.auth.provider.unavailable': {
    da: 'Login-udbyderen svarer ikke',
    en: 'The sign-in provider does not answer',
  },
  'api.auth.role.forbidden': { da: 'Din rolle giver ikke adgang', en: 'Your role does not allow this' },

  // Requests: bodies, headers, limits, concurrent changes
  'api.request.body.too-large': (p: { size: string }) => ({
    da: `Forespørgslen er for stor: højst ${p.size}`,
    en: `The request is too large: at most ${p.size}`,
  }),
  'api.request.body.lone-surrogate': (p: { field: string }) => ({
    da: `${p.field === '' ? 'Indholdet' : `Feltet ${p.field}`} indeholder et ugyldigt Unicode-tegn (en enlig surrogat)`,
    en: `${p.field === '' ? 'The body' : `The field ${p.field}`} contains an invalid Unicode character (a lone surrogate)`,
  }),
  'api.request.body.not-expected': { da: 'Ingen data forventet', en: 'No body expected' },
  'api.request.rate.too-many': (p: { seconds: number }) => ({
    da: `For mange forespørgsler; prøv igen om ${p.seconds} sekunder`,
    en: `Too many requests; try again in ${p.seconds} seconds`,
  }),
  'api.request.concurrent.try-again': {
    da: 'Data blev ændret samtidig af andre; intet er gemt, prøv igen om lidt',
    en: 'Changed concurrently by others; nothing was stored, try again shortly',
  },
  'api.request.concurrent.reload': {
    da: 'Data blev ændret samtidig; hent og prøv igen',
    en: 'Changed concurrently; reload and try again',
  },

  // Fields: what a refused value should have been; the answer puts the field's name in front
  'api.field.idempotency-key': { da: '1-200 synlige ASCII-tegn', en: '1-200 visible ASCII characters' },
  'api.field.duration': {
    da: 'en varighed som P7D, PT36H eller P1DT12H',
    en: 'a duration such as P7D, PT36H or P1DT12H',
  },
  'api.field.calendar-date': { da: 'en dato som ÅÅÅÅ-MM-DD', en: 'a date as YYYY-MM-DD' },
  'api.field.language': { da: 'da (dansk) eller en (engelsk)', en: 'da (Danish) or en (English)' },
  'api.field.instant-with-offset': {
    da: 'et tidspunkt med tidszone, fx 2027-05-13T08:00:00+02:00',
    en: 'an instant with its offset, e.g. 2027-05-13T08:00:00+02:00',
  },
  'api.field.moment': {
    da: 'et tidspunkt som 2027-01-01T00:00:00Z',
    en: 'a moment such as 2027-01-01T00:00:00Z',
  },
  'api.field.clock': { da: 'TT:MM, fx 09:00', en: 'HH:MM, e.g. 09:00' },
  'api.field.minutes.whole': { da: 'et helt antal minutter', en: 'a whole number of minutes' },
  'api.field.minutes.at-least': { da: 'mindst 15 minutter', en: 'at least 15 minutes' },
  'api.field.minutes.at-most': { da: 'højst 720 minutter', en: 'at most 720 minutes' },

  // Cycles
  'api.cycles.cycle.unknown': (p: { cycleId: string }) => ({
    da: 'Ukendt cyklus',
    en: `Unknown cycle: ${p.cycleId}`,
  }),
  'api.cycles.launch.unknown-groups': (p: { groupIds: readonly string[] }) => ({
    da: 'Ukendte grupper',
    en: `Unknown groups: ${p.groupIds.join(', ')}`,
  }),
  'api.cycles.state.revision-or-at': { da: 'Angiv enten revision eller at', en: 'Give either revision or at' },
  'api.cycles.state.not-yet': (p: { cycleId: string }) => ({
    da: 'Cyklussen fandtes ikke da',
    en: `The cycle did not exist then: ${p.cycleId}`,
  }),
  'api.cycles.meeting.facilitator-only': { da: 'Kun gruppens facilitator', en: 'Only the group’s facilitator' },
  'api.cycles.cascade.own-only': {
    da: 'Du kan kun bekræfte din egen',
    en: 'You can only confirm your own cascade',
  },

  // Cycles: taking up an earlier cycle's input
  'api.cycles.take-up.unknown-cycle': (p: { fromCycleId: string }) => ({
    da: 'Ukendt cyklus (fromCycleId)',
    en: `Unknown cycle (fromCycleId): ${p.fromCycleId}`,
  }),
  'api.cycles.take-up.later-cycle': (p: { fromCycleId: string }) => ({
    da: `Cyklus ${p.fromCycleId} blev startet efter denne; input tages op af en senere cyklus`,
    en: `Cycle ${p.fromCycleId} was launched after this one; input is taken up by a later cycle`,
  }),
  'api.cycles.take-up.group-not-in-cycle': (p: { fromCycleId: string; groupId: string }) => ({
    da: `Gruppen ${p.groupId} deltog ikke i cyklus ${p.fromCycleId}`,
    en: `Group ${p.groupId} was not in cycle ${p.fromCycleId}`,
  }),
  'api.cycles.take-up.meeting-not-recorded': (p: { fromCycleId: string; groupId: string }) => ({
    da: `Gruppen ${p.groupId} har ikke registreret sit møde i cyklus ${p.fromCycleId}`,
    en: `Group ${p.groupId} has not recorded its meeting in cycle ${p.fromCycleId}`,
  }),
  'api.cycles.take-up.no-such-item': (p: {
    fromCycleId: string;
    groupId: string;
    item: number;
    itemCount: number;
  }) => ({
    da:
      `Gruppen ${p.groupId} har ${p.itemCount} punkt(er) i sit input i cyklus ${p.fromCycleId}; ` +
      `nr. ${p.item} findes ikke (der tælles fra 0)`,
    en:
      `Group ${p.groupId} has ${p.itemCount} input item(s) in cycle ${p.fromCycleId}; ` +
      `there is no item ${p.item} (counting from 0)`,
  }),

  // Organisation: the CSV import
  'api.organisation.import.csv-only': { da: 'Send filen som text/csv', en: 'Send the file as text/csv' },
  'api.organisation.import.not-imported': {
    da: 'Filen blev ikke indlæst; ret linjerne herunder',
    en: 'The file was not imported; fix the lines below',
  },

  // People
  'api.people.person.unknown': (p: { personId: string }) => ({
    da: 'Ukendt person',
    en: `Unknown person: ${p.personId}`,
  }),
  'api.people.insight.person-or-chefgruppen': {
    da: 'Kun personen selv eller chefgruppen',
    en: 'Only the person or chefgruppen',
  },

  // The personal confirmation link
  'api.confirm-link.link.expired': {
    da: 'Linket er udløbet. Bed om et nyt link, eller log ind og bekræft dér',
    en: 'The link has expired. Ask for a new link, or sign in and confirm there',
  },
  'api.confirm-link.link.invalid': { da: 'Linket er ugyldigt', en: 'The link is not valid' },
  'api.confirm-link.link.revoked': {
    da: 'Linket virker ikke længere: personen er fritaget for runden, har forladt organisationen eller er slettet',
    en: 'The link no longer works: its person was released from the round, has left the organisation or was erased',
  },
} as const satisfies Texts;
