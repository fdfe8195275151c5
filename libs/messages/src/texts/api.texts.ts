import type { Texts } from '../wording';

/**
 * The API's answers (refusals and validation errors) and its OpenAPI document. The API gives each text as one line,
 * Danish then English (`bothLanguages`). Where an answer names a value only after its English half, the Danish half goes without it, as
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
  'api.request.body.malformed-json': {
    da: 'Indholdet er ikke gyldig JSON',
    en: 'The body is not valid JSON',
  },
  'api.request.body.media-type': (p: { accepted: string }) => ({
    da: `Indholdstypen tages ikke imod her; send ${p.accepted}`,
    en: `This content type is not accepted here; send ${p.accepted}`,
  }),
  'api.request.invalid': { da: 'Forespørgslen er ugyldig', en: 'The request is invalid' },
  'api.request.body.not-expected': { da: 'Ingen data forventet', en: 'No body expected' },
  'api.request.method.not-allowed': (p: { method: string; allowed: string }) => ({
    da: `${p.method} er ikke tilladt her; tilladt er ${p.allowed}`,
    en: `${p.method} is not allowed here; allowed are ${p.allowed}`,
  }),
  'api.request.rate.too-many': (p: { seconds: number }) => ({
    da: `For mange forespørgsler; prøv igen om ${p.seconds} sekunder`,
    en: `Too many requests; try again in ${p.seconds} seconds`,
  }),
  'api.request.concurrent.try-again': {
    da: 'Data blev ændret samtidig af andre; intet er gemt, prøv igen om lidt',
    en: 'Changed concurrently by others; nothing was stored, try again shortly',
  },
  'api.request.command.too-large': (p: { command: string; bytes: number; limit: number }) => ({
    da: `${p.command} ville fylde ${p.bytes} bytes, højst ${p.limit} er tilladt; intet er gemt`,
    en: `${p.command} would record ${p.bytes} bytes, at most ${p.limit} are allowed; nothing was stored`,
  }),
  'api.request.concurrent.reload': {
    da: 'Data blev ændret samtidig; hent og prøv igen',
    en: 'Changed concurrently; reload and try again',
  },

  // Fields: what a refused value should have been; the answer puts the field's name in front
  'api.field.id': {
    da: '1-64 tegn, bogstaver, tal og . _ : -',
    en: '1-64 characters: letters, digits and . _ : -',
  },
  'api.field.email-or-erased': {
    da: 'en e-mailadresse (eller [slettet / erased] for en slettet person)',
    en: 'an e-mail address (or [slettet / erased] for an erased person)',
  },
  'api.field.not-blank': { da: 'mere end mellemrum', en: 'more than blanks' },
  'api.field.web-address': {
    da: 'en webadresse, der begynder med http:// eller https://',
    en: 'a web address starting with http:// or https://',
  },
  'api.field.idempotency-key': { da: '1-200 synlige ASCII-tegn', en: '1-200 visible ASCII characters' },
  'api.field.duration': {
    da: 'en varighed som P7D, PT36H eller P1DT12H',
    en: 'a duration such as P7D, PT36H or P1DT12H',
  },
  'api.field.calendar-date': { da: 'en dato som ÅÅÅÅ-MM-DD', en: 'a date as YYYY-MM-DD' },
  'api.field.language': { da: 'da (dansk) eller en (engelsk)', en: 'da (Danish) or en (English)' },
  'api.field.instant-with-zone': {
    da: 'et tidspunkt med zone som',
    en: 'an instant with a zone such as 2027-03-11T09:00:00+01:00',
  },
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
  'api.field.date-or-instant': {
    da: 'en dato som 2027-03-18 eller et tidspunkt med tidszone som 2027-03-18T10:00:00+01:00',
    en: 'a date such as 2027-03-18 or an instant with its offset such as 2027-03-18T10:00:00+01:00',
  },
  'api.field.year-range': (p: { earliest: number; latest: number }) => ({
    da: `årstallet skal være fra ${p.earliest} til ${p.latest}`,
    en: `the year must be from ${p.earliest} to ${p.latest}`,
  }),

  // Cycles
  'api.cycles.cycle.unknown': (p: { cycleId: string }) => ({
    da: 'Ukendt møderunde',
    en: `Unknown meeting round: ${p.cycleId}`,
  }),
  'api.cycles.launch.unknown-groups': (p: { groupIds: readonly string[] }) => ({
    da: 'Ukendte grupper',
    en: `Unknown groups: ${p.groupIds.join(', ')}`,
  }),
  'api.audit.export.to-after-from': { da: 'to skal ligge efter from', en: 'to must be after from' },
  'api.cycles.state.revision-or-at': { da: 'Angiv enten revision eller at', en: 'Give either revision or at' },
  'api.cycles.state.not-yet': (p: { cycleId: string }) => ({
    da: 'Møderunden fandtes ikke da',
    en: `The meeting round did not exist then: ${p.cycleId}`,
  }),
  'api.cycles.meeting.facilitator-only': { da: 'Kun gruppens facilitator', en: 'Only the group’s facilitator' },
  'api.reach.unknown-workplace': {
    da: 'Arbejdspladsen findes ikke (længere)',
    en: 'The workplace does not exist (any more)',
  },
  'api.cycles.cascade.own-only': {
    da: 'Du kan kun bekræfte, rette eller trække din egen videreformidling tilbage',
    en: 'You can only confirm, correct or withdraw your own cascade',
  },

  // Cycles: taking up an earlier cycle's input
  'api.cycles.take-up.unknown-cycle': (p: { fromCycleId: string }) => ({
    da: 'Ukendt møderunde (fromCycleId)',
    en: `Unknown meeting round (fromCycleId): ${p.fromCycleId}`,
  }),
  'api.cycles.take-up.later-cycle': (p: { fromCycleId: string }) => ({
    da: `Møderunde ${p.fromCycleId} blev startet efter denne; input tages op af en senere møderunde`,
    en: `Meeting round ${p.fromCycleId} was launched after this one; input is taken up by a later meeting round`,
  }),
  'api.cycles.take-up.group-not-in-cycle': (p: { fromCycleId: string; groupId: string }) => ({
    da: `Gruppen ${p.groupId} deltog ikke i møderunde ${p.fromCycleId}`,
    en: `Group ${p.groupId} was not in meeting round ${p.fromCycleId}`,
  }),
  'api.cycles.take-up.meeting-not-recorded': (p: { fromCycleId: string; groupId: string }) => ({
    da: `Gruppen ${p.groupId} har ikke registreret sit møde i møderunde ${p.fromCycleId}`,
    en: `Group ${p.groupId} has not recorded its meeting in meeting round ${p.fromCycleId}`,
  }),
  'api.cycles.take-up.no-such-item': (p: {
    fromCycleId: string;
    groupId: string;
    item: number;
    itemCount: number;
  }) => ({
    da:
      `Gruppen ${p.groupId} har ${p.itemCount} punkt(er) i sit input i møderunde ${p.fromCycleId}; ` +
      `nr. ${p.item} findes ikke (der tælles fra 0)`,
    en:
      `Group ${p.groupId} has ${p.itemCount} input item(s) in meeting round ${p.fromCycleId}; ` +
      `there is no item ${p.item} (counting from 0)`,
  }),

  // Organisation: the CSV import
  'api.organisation.import.csv-only': { da: 'Send filen som text/csv', en: 'Send the file as text/csv' },
  'api.organisation.import.not-imported': {
    da: 'Filen blev ikke indlæst; ret linjerne herunder',
    en: 'The file was not imported; fix the lines below',
  },

  // People
  'api.people.personal-data.erased': (p: { personId: string }) => ({
    da: `Persondata for ${p.personId} er slettet`,
    en: `Personal data of ${p.personId} has been erased`,
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
  // OpenAPI document: the document as a whole
  'api.docs.app.description': {
    da: 'Tværgående ledelsesgrupper: møderunder',
    en: 'Cross-cutting leadership groups: meeting rounds',
  },

  // OpenAPI document: parts several operations share
  'api.docs.status.400': { da: 'Ugyldig forespørgsel', en: 'Invalid request' },
  'api.docs.status.401': { da: 'Mangler gyldigt token', en: 'No valid bearer token' },
  'api.docs.status.403': { da: 'Rollen giver ikke adgang', en: 'The role does not allow this' },
  'api.docs.status.404': { da: 'Findes ikke', en: 'Not found' },
  'api.docs.status.405': { da: 'Metoden findes ikke på stien', en: 'The path does not take this method' },
  'api.docs.status.409': { da: 'Strider mod det gemte', en: 'Conflicts with what is stored' },
  'api.docs.status.413': { da: 'For stor', en: 'Too large' },
  'api.docs.status.410': { da: 'Findes ikke længere', en: 'Gone for good' },
  'api.docs.status.415': { da: 'Forkert indholdstype', en: 'Wrong content type' },
  'api.docs.status.422': { da: 'Kan ikke behandles', en: 'Cannot be processed' },
  'api.docs.status.429': { da: 'For mange forespørgsler', en: 'Too many requests' },
  'api.docs.status.503': { da: 'Midlertidigt utilgængelig; prøv igen', en: 'Unavailable for a moment; try again' },
  'api.docs.organisation.problems': {
    da: 'Kun når en gemt værdi skal rettes (se docs/organisation.md); ret personen, før dokumentet sendes tilbage med PUT',
    en: 'Only when a stored value must be corrected (see docs/organisation.md); correct the person before sending the document back with PUT',
  },
  'api.docs.header.request-id': {
    da: 'Forespørgslens id, som gemmes i hændelserne: højst 100 af A-Z a-z 0-9 . _ : -; ellers gives et nyt UUID',
    en: 'The request’s id, recorded in its events: at most 100 of A-Z a-z 0-9 . _ : -; otherwise a fresh UUID is given',
  },
  'api.docs.header.request-id-answer': {
    da: 'Forespørgslens id: kalderens eget eller et nyt UUID',
    en: 'The request’s id: the caller’s own or a fresh UUID',
  },
  'api.docs.header.retry-after': { da: 'Sekunder før et nyt forsøg', en: 'Seconds to wait before trying again' },
  'api.docs.common.moment': { da: 'Tidspunkt (ISO-8601)', en: 'Moment (ISO-8601)' },

  // OpenAPI document: cycles
  'api.docs.cycles.close.reason': {
    da: 'Gemmes i klar tekst, så længe møderundens historik findes: skriv ikke navne eller andre personoplysninger',
    en: 'Kept in clear text for as long as the meeting round’s history exists: do not write names or other personal details',
  },
  'api.docs.cycles.close.reason-example': { da: 'Fristen er overskredet', en: 'The deadline has passed' },
  'api.docs.cycles.close.summary': {
    da: 'Luk møderunden; de manglende bliver undtagelser',
    en: 'Close the meeting round, the missing as exceptions (chefgruppen)',
  },
  'api.docs.cycles.confirm-cascade.at': { da: 'Hvornår', en: 'When the results were passed on' },
  'api.docs.cycles.confirm-cascade.how': { da: 'Hvordan', en: 'How (e.g. staff meeting)' },
  'api.docs.cycles.confirm-cascade.reflection': { da: 'Refleksion', en: 'Reflection' },
  'api.docs.cycles.reflection.text': {
    da: 'Hvad det betyder for os: lederens egne ord til sin arbejdsplads',
    en: 'What it means for us: the leader’s own words for their workplace',
  },
  'api.docs.cycles.reflection.write.summary': {
    da: 'Skriv din refleksion til din arbejdsplads',
    en: 'Write your reflection for your workplace (that person only)',
  },
  'api.docs.cycles.confirm-cascade.summary': {
    da: 'Bekræft din videreformidling',
    en: 'Confirm your own cascade (that person only)',
  },
  'api.docs.cycles.history.summary': {
    da: 'Møderundens hændelser; ledernes noter og fritagelsesgrunde læsbare, til personen er slettet',
    en: 'The meeting round’s events in order; leaders’ notes and release reasons readable until the person is erased (chefgruppen, auditor)',
  },
  'api.docs.cycles.idempotency-key': {
    da: 'Gentag med samme nøgle uden ny virkning',
    en: 'Retry with the same key to no further effect',
  },
  'api.docs.cycles.input.summary': {
    da: 'Gruppernes input til chefgruppen, og hvor det blev taget op',
    en: 'Every group’s input to chefgruppen, and where it was taken up (chefgruppen, auditor)',
  },
  'api.docs.cycles.launch.groups': { da: 'Udelades: alle grupper', en: 'Left out: every group' },
  'api.docs.cycles.launch.meeting': { da: 'Udelades: 09:00, 180 minutter', en: 'Left out: 09:00, 180 min' },
  'api.docs.cycles.launch.meeting-date': {
    da: 'Mødedato (Europe/Copenhagen): i dag eller senere, højst to år frem',
    en: 'Meeting date, YYYY-MM-DD: today or later (earlier only with backRegistration), at most two years ahead',
  },
  'api.docs.cycles.launch.back-registration': {
    da: 'Efterregistrering af en afholdt møderunde: mødedatoen må være passeret; forberedelsen registreres uden beskeder',
    en:
      'Registering a meeting round already held: the meeting date may be past; prep is recorded without messages, ' +
      'as it went out before the meeting; the summary and cascade requests go out as usual',
  },
  'api.docs.cycles.launch.schedule': {
    da: 'Udelades: forberedelse kl. 8 syv dage før, påmindelser P7D og P12D, frist P14D',
    en: 'Left out: prep at 08:00 seven days before, reminders P7D and P12D, deadline P14D',
  },
  'api.docs.cycles.launch.summary': { da: 'Start en møderunde', en: 'Launch a meeting round (chefgruppen)' },
  'api.docs.cycles.list.summary': {
    da: 'Alle møderunder (andres id’er kun for chefgruppen og revisorer)',
    en: 'Every meeting round (any signed-in role; other people’s ids for chefgruppen and auditors only)',
  },
  'api.docs.cycles.meeting.duration': { da: 'Varighed i minutter', en: 'Length in minutes (15–720)' },
  'api.docs.cycles.meeting.start-time': { da: 'Starttid (Europe/Copenhagen)', en: 'Start, HH:MM' },
  'api.docs.cycles.one.summary': {
    da: 'En møderunde, tidsplan og udsendelser; hvem der mangler, er fritaget eller undtaget, ser kun chefgruppen og revisorer, andre ser tallene og sig selv',
    en: 'One meeting round, its schedule and notices (any signed-in role); who is pending, released or an exception only for chefgruppen and auditors, others see the counts and themselves',
  },
  'api.docs.cycles.publish-summary.summary': {
    da: 'Offentliggør opsamlingen',
    en: 'Publish the summary (chefgruppen)',
  },
  'api.docs.cycles.record-meeting.summary': {
    da: 'Registrér gruppens møde',
    en: 'Record a meeting (its facilitator, chefgruppen)',
  },
  'api.docs.cycles.undo-release.summary': {
    da: 'Fortryd en fritagelse: personen skal igen bekræfte',
    en: 'Undo a release: the person is to confirm again (chefgruppen)',
  },
  'api.docs.cycles.correct-cascade.summary': {
    da: 'Ret din bekræftelse af videreformidlingen',
    en: 'Correct your own cascade confirmation (that person only)',
  },
  'api.docs.cycles.withdraw-cascade.summary': {
    da: 'Træk din bekræftelse af videreformidlingen tilbage',
    en: 'Withdraw your own cascade confirmation (that person only)',
  },
  'api.docs.cycles.release.summary': {
    da: 'Fritag en person for videreformidlingen',
    en: 'Release a person from the cascade (chefgruppen)',
  },
  'api.docs.cycles.reschedule.summary': {
    da: 'Ændr tidsplanen',
    en: 'Change when prep, reminders and the deadline fall (chefgruppen)',
  },
  'api.docs.cycles.schedule.deadline': { da: 'Frist efter opsamlingen', en: 'Deadline after the summary' },
  'api.docs.cycles.schedule.prep-send-at': {
    da: 'Hvornår forberedelsen sendes af sig selv',
    en: 'When prep goes out by itself',
  },
  'api.docs.cycles.schedule.reminders': {
    da: 'Påmindelser efter opsamlingen (ISO 8601)',
    en: 'Reminders after the summary (ISO 8601 durations)',
  },
  'api.docs.cycles.send-prep.summary': { da: 'Send forberedelsen', en: 'Send prep to every leader (chefgruppen)' },
  'api.docs.cycles.set-agenda.summary': { da: 'Sæt dagsordenen', en: 'Set the agenda (chefgruppen)' },
  'api.docs.cycles.state.revision': { da: 'Revision (0 = lanceringen)', en: 'Revision (0 = the launch)' },
  'api.docs.cycles.state.summary': {
    da: 'Tilstanden dengang',
    en: 'The state at a revision or moment (chefgruppen, auditor)',
  },
  'api.docs.cycles.take-up.from-cycle': { da: 'Den tidligere møderunde', en: 'The earlier meeting round' },
  'api.docs.cycles.take-up.item': { da: 'Punktets nummer i gruppens input, fra 0', en: 'The item’s index, from 0' },
  'api.docs.cycles.take-up.summary': {
    da: 'Tag input fra en tidligere møderunde op',
    en: 'Take up an earlier meeting round’s input (chefgruppen)',
  },

  // OpenAPI document: organisation
  'api.docs.organisation.adopt.groups': {
    da: 'Grupperne fra et forslag, evt. rettet',
    en: 'The proposal’s groups, possibly edited',
  },
  'api.docs.organisation.adopt.summary': {
    da: 'Gem et forslag som organisationens grupper',
    en: 'Adopt a proposal as the groups (chefgruppen)',
  },
  'api.docs.organisation.areas.add.summary': { da: 'Tilføj et område', en: 'Add an area (chefgruppen)' },
  'api.docs.organisation.areas.rename.summary': { da: 'Omdøb et område', en: 'Rename an area (chefgruppen)' },
  'api.docs.organisation.compose.group-count': { da: 'Antal grupper', en: 'Number of groups' },
  'api.docs.organisation.compose.seed': { da: 'Samme seed, samme forslag', en: 'Same seed, same proposal' },
  'api.docs.organisation.compose.summary': {
    da: 'Foreslå sammensatte grupper',
    en: 'Propose balanced groups (chefgruppen)',
  },
  'api.docs.organisation.groups.add-member.summary': { da: 'Tilføj et medlem', en: 'Add a member (chefgruppen)' },
  'api.docs.organisation.groups.create.summary': { da: 'Opret en gruppe', en: 'Create a group (chefgruppen)' },
  'api.docs.organisation.groups.facilitator.summary': {
    da: 'Skift facilitator (chef eller direktør)',
    en: 'Change the facilitator (chefgruppen)',
  },
  'api.docs.organisation.groups.remove-member.summary': { da: 'Fjern et medlem', en: 'Remove a member (chefgruppen)' },
  'api.docs.organisation.import.summary': {
    da: 'Indlæs organisationen fra CSV',
    en: 'Import the organisation from CSV (chefgruppen)',
  },
  'api.docs.organisation.import.preview.summary': {
    da: 'Hvad filen ville ændre; intet gemmes',
    en: 'What the file would change; nothing is recorded (chefgruppen)',
  },
  'api.docs.organisation.preview.version': {
    da: 'Organisationens version (revision), forhåndsvisningen er lavet på; giv den til indlæsningen som ?version=',
    en: 'The organisation’s version (revision) the preview was made at; give it to the import as ?version=',
  },
  'api.docs.organisation.preview.changes': {
    da: 'Antal ændringer, indlæsningen ville registrere (0: filen ændrer intet)',
    en: 'How many changes the import would record (0: the file changes nothing)',
  },
  'api.docs.organisation.import.version': {
    da: 'Indlæs kun, hvis organisationen stadig har denne version (fra forhåndsvisningen); ellers 409',
    en: 'Import only if the organisation still has this version (from the preview); otherwise 409',
  },
  'api.docs.organisation.person.language': {
    da: 'Sprog i beskeder, uden = dansk',
    en: 'Language of messages, none = da',
  },
  'api.docs.organisation.person.manager': { da: 'Nærmeste leder', en: 'Direct manager' },
  'api.docs.organisation.person.workplace': {
    da: 'Arbejdspladsen, lederen leder (navnet)',
    en: 'The workplace the leader leads (its name)',
  },
  'api.docs.organisation.person.staff-address': {
    da: 'Adressen, der når lederens personale (en fordelingsliste)',
    en: 'The address that reaches the leader’s staff (a distribution list)',
  },
  'api.docs.organisation.read.summary': {
    da: 'Organisationen, nu eller dengang (?at=)',
    en: 'The organisation, now or then (chefgruppen, auditor)',
  },
  'api.docs.organisation.replace.summary': {
    da: 'Erstat organisationen; kun ændringerne gemmes',
    en: 'Replace the organisation (chefgruppen)',
  },

  // OpenAPI document: people
  'api.docs.people.add.summary': { da: 'Tilføj en person', en: 'Add a person (chefgruppen)' },
  'api.docs.people.change.language': { da: 'null = dansk', en: 'null = Danish' },
  'api.docs.people.change.manager': { da: 'null fjerner lederen', en: 'null removes the manager' },
  'api.docs.people.change.workplace': { da: 'null fjerner arbejdspladsen', en: 'null removes the workplace' },
  'api.docs.people.change.staff-address': {
    da: 'null fjerner personalets adresse',
    en: 'null removes the staff address',
  },
  'api.docs.people.change.summary': {
    da: 'Ret område, niveau, erfaring, leder, sprog, navn eller e-mail',
    en: 'Change a person (chefgruppen)',
  },
  'api.docs.people.erase.summary': {
    da: 'Slet personens persondata (GDPR)',
    en: 'Erase the person’s personal data (chefgruppen)',
  },
  'api.docs.people.insight.summary': {
    da: 'Alt om personen (indsigtsret)',
    en: 'Everything held about the person (chefgruppen, the person)',
  },
  'api.docs.people.leave.reason-example': { da: 'Fratrådt 1. maj', en: 'Left on 1 May' },
  'api.docs.people.leave.summary': { da: 'Personen fratræder', en: 'The person leaves (chefgruppen)' },

  // OpenAPI document: the organisation's and people's answers and bodies
  'api.docs.organisation.person.email': {
    da: 'E-mail, eller [slettet / erased] for en person hvis data er slettet',
    en: 'E-mail, or [slettet / erased] for a person whose data was erased',
  },
  'api.docs.people.erased': { da: 'når personens data er slettet', en: 'once the person’s data is erased' },
  'api.docs.organisation.group.members': {
    da: 'Alle medlemmer, facilitatoren medregnet',
    en: 'Every member, the facilitator included',
  },
  'api.docs.organisation.import.changes': {
    da: 'Antal registrerede ændringer (0: filen ændrede intet)',
    en: 'How many changes were recorded (0: the file changed nothing)',
  },
  'api.docs.organisation.import.limits': (p: { megabytes: number }) => ({
    da: `CSV i UTF-8, én person pr. linje, højst ${p.megabytes} MB og 10.000 rækker (ORGANISATION_IMPORT_MAX_ROWS); se docs/organisation.md`,
    en: `CSV in UTF-8, one person per line, at most ${p.megabytes} MB and 10,000 rows (ORGANISATION_IMPORT_MAX_ROWS); see docs/organisation.md`,
  }),
  'api.docs.organisation.compose.body': {
    da: 'Valgfri: uden indhold foreslås 11 grupper med seed 1',
    en: 'Optional: without a body, 11 groups are proposed from seed 1',
  },
  'api.docs.organisation.compose.unmet': {
    da: 'De regler forslaget ikke kunne overholde, vigtigste først; tom når alle er overholdt',
    en: 'The constraints the proposal could not meet, most important first; empty when all are met',
  },
  'api.docs.organisation.score.areas': { da: 'Medlemmer pr. område', en: 'Members per area' },
  'api.docs.organisation.score.spread': {
    da: '0..1, 1 = hvert område, niveau og erfaring er fordelt ligeligt',
    en: '0..1, 1 = every area, level and experience is spread evenly',
  },
  'api.docs.organisation.adopt.ignored': {
    da: 'Fra forslaget; modtages og ignoreres, så forslaget kan sendes tilbage som det er',
    en: 'From the proposal; accepted and ignored, so the proposal can be sent back as it stands',
  },
  'api.docs.people.export.data': {
    da: 'Hændelsens data; personens egne oplysninger dekrypteret',
    en: 'The event’s data; the person’s own details decrypted',
  },

  // OpenAPI document: audit
  'api.docs.audit.export.before': { da: 'Registreret før', en: 'Recorded before (ISO-8601 with a zone)' },
  'api.docs.audit.export.format': { da: 'Standard', en: 'Default: jsonl' },
  'api.docs.audit.export.from': { da: 'Registreret fra og med', en: 'Recorded at or after (ISO-8601 with a zone)' },
  'api.docs.audit.export.stream': (p: { rule: string }) => ({ da: 'Ét forløb', en: `One stream: ${p.rule}` }),
  'api.docs.audit.export.summary': {
    da: 'Hændelserne som en tekstfil med én hændelse pr. linje (JSON Lines) eller som CSV, med deres hashes',
    en: 'The events as JSON Lines or CSV, with their hashes (auditor)',
  },
  'api.docs.audit.rebuild.summary': {
    da: 'Genopbyg læsemodellen fra hændelserne',
    en: 'Rebuild the read model from the events (auditor, chefgruppen)',
  },
  'api.docs.audit.verify.summary': {
    da: 'Efterregner kontrolkæden (hash-kæden): intakt med antal og hoved, eller det første brud',
    en: 'Recomputes the hash chain: intact with counts and head, or the first broken link (auditor)',
  },

  // OpenAPI document: the personal confirmation link
  'api.docs.confirm-link.correct.summary': {
    da: 'Ret bekræftelsen med det personlige link',
    en: 'Correct the confirmation through the personal link',
  },
  'api.docs.confirm-link.withdraw.summary': {
    da: 'Træk bekræftelsen tilbage med det personlige link',
    en: 'Withdraw the confirmation through the personal link',
  },
  'api.docs.confirm-link.confirm.summary': {
    da: 'Bekræft videreformidlingen via linket',
    en: 'Confirm the cascade through the link (link holder)',
  },
  'api.docs.confirm-link.status.summary': {
    da: 'Status for et personligt bekræftelseslink',
    en: 'Where a confirmation link’s person stands (link holder)',
  },

  // OpenAPI document: health
  'api.docs.health.check.summary': {
    da: 'Kører Temporal, hændelseslageret og nøglelageret?',
    en: 'Are Temporal, the event store and the key store reachable? (public)',
  },
  'api.docs.publication.feed-token.summary': {
    da: 'Lav et nyt token til medarbejdernes Atom-feed; det forrige holder op med at virke',
    en: 'Make a new token for the staff’s Atom feed; the one before stops working (chefgruppen)',
  },
  'api.docs.publication.feed-token.token': {
    da: 'Det nye token. Det vises kun i dette svar: kun dets SHA-256-hash gemmes.',
    en: 'The new token. It is shown in this answer only: only its SHA-256 hash is stored.',
  },
  'api.docs.publication.lists.summary': {
    da: 'Sæt de fordelingslister, hver offentliggjort opsamling sendes til pr. e-mail; de erstatter de forrige',
    en: 'Set the distribution lists each published summary is e-mailed to; they replace the ones before (chefgruppen)',
  },
  'api.docs.publication.lists.name': {
    da: 'Listens navn, som chefgruppen kalder den; to lister kan ikke have samme navn',
    en: 'The list’s name, as chefgruppen calls it; no two lists may share a name',
  },
  'api.docs.publication.lists.address': {
    da: 'Fordelingslistens e-mailadresse',
    en: 'The distribution list’s e-mail address',
  },
  'api.docs.publication.lists.area': {
    da: 'Området, hvis medarbejdere læser listen; udeladt for alle medarbejdere',
    en: 'The area whose staff read the list; left out for all staff',
  },
  'api.docs.publication.feed-token.feed-url': {
    da: 'Feedets adresse med det nye token, til intranettet',
    en: 'The feed’s address with the new token, for the intranet',
  },
} as const satisfies Texts;
