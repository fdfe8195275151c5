import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

/** Chefgruppen's cycles pages. */
export const WEB_CHEFGRUPPEN_CYCLES_TEXTS = {
  // shared by several of these pages
  'web.chefgruppen.cycles.common.summary-label': { da: 'Opsamlingen', en: 'The summary' },
  'web.chefgruppen.cycles.common.agenda': { da: 'Dagsorden', en: 'Agenda' },
  'web.chefgruppen.cycles.common.materials': { da: 'Materialer', en: 'Materials' },
  'web.chefgruppen.cycles.common.preparation-tasks': { da: 'Forberedelsesopgaver', en: 'Preparation tasks' },
  'web.chefgruppen.cycles.common.theme': { da: 'Tema', en: 'Theme' },
  'web.chefgruppen.cycles.common.cycles': { da: 'Møderunder', en: 'Meeting rounds' },
  'web.chefgruppen.cycles.common.meeting': { da: 'Møde', en: 'Meeting' },
  'web.chefgruppen.cycles.common.meeting-date': { da: 'Mødedato', en: 'Meeting date' },
  'web.chefgruppen.cycles.common.launch-a-new-cycle': { da: 'Start en ny møderunde', en: 'Launch a new meeting round' },
  'web.chefgruppen.cycles.common.import-the-organisation': {
    da: 'Indlæs organisationen',
    en: 'Import the organisation',
  },

  // action-fields
  'web.chefgruppen.cycles.action-fields.release-person.not-pending': {
    da: 'Vælg en person, der mangler',
    en: 'Choose a person who is pending',
  },

  // action-form
  'web.chefgruppen.cycles.action-form.label.close-reason': {
    da: 'Begrundelse for at lukke',
    en: 'Reason for closing',
  },
  'web.chefgruppen.cycles.action-form.label.release-person': { da: 'Person', en: 'Person' },
  'web.chefgruppen.cycles.action-form.label.release-reason': {
    da: 'Begrundelse for fritagelsen',
    en: 'Reason for the release',
  },
  'web.chefgruppen.cycles.action-form.close-reason-hint': {
    da: 'Begrundelsen gemmes i klar tekst, så længe møderundens historik findes. Skriv ikke navne eller andre personoplysninger.',
    en: 'The reason is kept in clear text for as long as the meeting round’s history exists. Do not write names or other personal details.',
  },

  // actions
  'web.chefgruppen.cycles.actions.set-the-agenda': { da: 'Sæt dagsordenen', en: 'Set the agenda' },
  'web.chefgruppen.cycles.actions.change-the-agenda': { da: 'Ret dagsordenen', en: 'Change the agenda' },
  'web.chefgruppen.cycles.actions.prep-goes-out-by-itself': {
    da: 'Forberedelsen går ud af sig selv på det planlagte tidspunkt. Du kan også sende den nu til alle deltagende ledere.',
    en: 'Prep goes out by itself at the planned time. You can also send it to every leader taking part now.',
  },
  'web.chefgruppen.cycles.actions.waiting-for-meetings': {
    da: 'Venter på, at facilitatorerne registrerer gruppernes møder.',
    en: 'Waiting for the facilitators to record their groups’ meetings.',
  },
  'web.chefgruppen.cycles.actions.publish-the-summary': { da: 'Offentliggør opsamlingen', en: 'Publish the summary' },
  'web.chefgruppen.cycles.actions.summary-text.hint': {
    da: 'Går ud til hele organisationen, og lederne bliver bedt om at videreformidle den.',
    en: 'Goes out to the whole organisation, and the leaders are asked to pass it on.',
  },
  'web.chefgruppen.cycles.actions.close-the-cycle': { da: 'Luk møderunden', en: 'Close the meeting round' },
  'web.chefgruppen.cycles.actions.close-with-exceptions': (p: { pendingCount: number }) => ({
    da: `Lukker du nu, bliver de ${p.pendingCount} ledere, der mangler at bekræfte, registreret som undtagelser.`,
    en: `If you close now, the ${p.pendingCount} leaders yet to confirm are recorded as exceptions.`,
  }),
  'web.chefgruppen.cycles.actions.the-cycle-is-completed': {
    da: 'Møderunden er afsluttet.',
    en: 'The meeting round is completed.',
  },
  'web.chefgruppen.cycles.actions.actions': { da: 'Handlinger', en: 'Actions' },

  // agenda-summary
  'web.chefgruppen.cycles.agenda-summary.not-set': {
    da: 'Dagsordenen er ikke sat endnu.',
    en: 'The agenda is not set yet.',
  },
  'web.chefgruppen.cycles.agenda-summary.items': { da: 'Punkter', en: 'Items' },

  // agenda
  'web.chefgruppen.cycles.agenda.material-kind.speaker': { da: 'Oplægsholder', en: 'Speaker' },
  'web.chefgruppen.cycles.agenda.material-kind.article': { da: 'Artikel', en: 'Article' },
  'web.chefgruppen.cycles.agenda.material-kind.case': { da: 'Case', en: 'Case' },
  'web.chefgruppen.cycles.agenda.material-kind.other': { da: 'Andet', en: 'Other' },
  'web.chefgruppen.cycles.agenda.entry-hint': {
    da: 'Ét punkt pr. linje. En beskrivelse kan følge efter en lodret streg: titel | beskrivelse',
    en: 'One entry per line. A description may follow a vertical bar: title | description',
  },
  'web.chefgruppen.cycles.agenda.label.items': { da: 'Dagsordenspunkter', en: 'Agenda items' },
  'web.chefgruppen.cycles.agenda.material-row.kind': (p: { row: number }) => ({
    da: `Materiale ${p.row}, type`,
    en: `Material ${p.row}, kind`,
  }),
  'web.chefgruppen.cycles.agenda.material-row.title': (p: { row: number }) => ({
    da: `Materiale ${p.row}, titel`,
    en: `Material ${p.row}, title`,
  }),
  'web.chefgruppen.cycles.agenda.material-row.address': (p: { row: number }) => ({
    da: `Materiale ${p.row}, adresse`,
    en: `Material ${p.row}, address`,
  }),
  'web.chefgruppen.cycles.agenda.material-row.legend': (p: { row: number }) => ({
    da: `Materiale ${p.row}`,
    en: `Material ${p.row}`,
  }),
  'web.chefgruppen.cycles.agenda.kind': { da: 'Type', en: 'Kind' },
  'web.chefgruppen.cycles.agenda.title': { da: 'Titel', en: 'Title' },
  'web.chefgruppen.cycles.agenda.address-optional': { da: 'Adresse (valgfri)', en: 'Address (optional)' },
  'web.chefgruppen.cycles.agenda.starts-with-https': { da: 'Begynder med https://', en: 'Starts with https://' },
  'web.chefgruppen.cycles.agenda.materials-hint': {
    da: 'Udfyld en række pr. materiale; tomme rækker springes over. Brug for flere? Gem, og åbn siden igen.',
    en: 'Fill in a row per material; empty rows are skipped. Need more? Save and open the page again.',
  },
  'web.chefgruppen.cycles.agenda.save-the-agenda': { da: 'Gem dagsordenen', en: 'Save the agenda' },

  // cascade-section
  'web.chefgruppen.cycles.cascade-section.cascade': { da: 'Videreformidling', en: 'Cascade' },
  'web.chefgruppen.cycles.cascade-section.who-can-confirm': (p: { size: number }) => ({
    da: `Lederne kan bekræfte deres videreformidling, når opsamlingen er offentliggjort. ${p.size} ledere deltager.`,
    en: `Leaders can confirm their cascade once the summary is published. ${p.size} leaders take part.`,
  }),

  // coverage-chart
  'web.chefgruppen.cycles.coverage-chart.description': (p: {
    confirmed: number;
    total: number;
    released: number;
    pending: number;
  }) => ({
    da: `${p.confirmed} af ${p.total} har bekræftet, ${p.released} fritaget, ${p.pending} mangler`,
    en: `${p.confirmed} of ${p.total} have confirmed, ${p.released} released, ${p.pending} pending`,
  }),

  // cycle
  'web.chefgruppen.cycles.cycle.the-cycles-stage': { da: 'Møderundens stadie', en: 'The meeting round’s stage' },
  'web.chefgruppen.cycles.cycle.meetings': { da: 'Møder', en: 'Meetings' },
  'web.chefgruppen.cycles.cycle.timeline': {
    da: 'Møderundens tidslinje: hvem gjorde hvad hvornår',
    en: 'The meeting round’s timeline: who did what, when',
  },

  // facts
  'web.chefgruppen.cycles.facts.days': (p: { days: string }) => ({
    da: `${p.days} ${p.days === '1' ? 'dag' : 'dage'}`,
    en: `${p.days} day${p.days === '1' ? '' : 's'}`,
  }),
  'web.chefgruppen.cycles.facts.hours': (p: { hours: string }) => ({ da: `${p.hours} timer`, en: `${p.hours} hours` }),
  'web.chefgruppen.cycles.facts.after-the-summary': { da: 'efter opsamlingen', en: 'after the summary' },
  'web.chefgruppen.cycles.facts.meeting-start': (p: { startTime: string }) => ({
    da: `kl. ${p.startTime.replace(':', '.')}`,
    en: `at ${p.startTime}`,
  }),
  'web.chefgruppen.cycles.facts.meeting-minutes': (p: { durationMinutes: number }) => ({
    da: `${p.durationMinutes} minutter`,
    en: `${p.durationMinutes} minutes`,
  }),
  'web.chefgruppen.cycles.facts.sent': { da: 'Sendt ', en: 'Sent ' },
  'web.chefgruppen.cycles.facts.goes-out-by-itself': { da: 'Sendes af sig selv ', en: 'Goes out by itself ' },
  'web.chefgruppen.cycles.facts.once-the-agenda-is-set': {
    da: ', når dagsordenen er sat',
    en: ', once the agenda is set',
  },
  'web.chefgruppen.cycles.facts.prep': { da: 'Forberedelsen', en: 'Prep' },
  'web.chefgruppen.cycles.facts.reminder-number': (p: { reminders: number }) => ({
    da: `Påmindelse nr. ${p.reminders}`,
    en: `Reminder no. ${p.reminders}`,
  }),
  'web.chefgruppen.cycles.facts.the-escalation': { da: 'Eskaleringen', en: 'The escalation' },
  'web.chefgruppen.cycles.facts.the-status-report': { da: 'Statusrapporten', en: 'The status report' },
  'web.chefgruppen.cycles.facts.prep-term': { da: 'Forberedelse', en: 'Prep' },
  'web.chefgruppen.cycles.facts.summary-published': { da: 'Opsamling offentliggjort', en: 'Summary published' },
  'web.chefgruppen.cycles.facts.reminders': { da: 'Påmindelser', en: 'Reminders' },
  'web.chefgruppen.cycles.facts.deadline': { da: 'Frist', en: 'Deadline' },
  'web.chefgruppen.cycles.facts.sent-out': { da: 'Udsendt', en: 'Sent out' },
  'web.chefgruppen.cycles.facts.nothing-yet': { da: 'Intet endnu', en: 'Nothing yet' },
  'web.chefgruppen.cycles.facts.closed': { da: 'Lukket', en: 'Closed' },
  'web.chefgruppen.cycles.facts.closed-with-exceptions': (p: { count: number }) => ({
    da: `${p.count} undtagelser`,
    en: `${p.count} exceptions`,
  }),

  // form-errors
  'web.chefgruppen.cycles.form-errors.on-line': (p: { line: number; error: Bilingual }) => ({
    da: `Linje ${p.line}: ${p.error.da}`,
    en: `Line ${p.line}: ${p.error.en}`,
  }),

  // heatmap-table
  'web.chefgruppen.cycles.heatmap-table.region': {
    da: 'Mangler at bekræfte efter område og niveau',
    en: 'Yet to confirm by area and level',
  },
  'web.chefgruppen.cycles.heatmap-table.caption': {
    da: 'Mangler at bekræfte, efter område og niveau. Jo mørkere feltet er, des større en andel mangler.',
    en: 'Yet to confirm, by area and level. The darker the cell, the larger the share still pending.',
  },
  'web.chefgruppen.cycles.heatmap-table.none': { da: 'ingen', en: 'none' },
  'web.chefgruppen.cycles.heatmap-table.pending-of': (p: { pending: number; participants: number }) => ({
    da: `${p.pending} af ${p.participants} mangler`,
    en: `${p.pending} of ${p.participants} pending`,
  }),
  'web.chefgruppen.cycles.heatmap-table.reminded': (p: { reminded: number }) => ({
    da: `${p.reminded} påmindet`,
    en: `${p.reminded} reminded`,
  }),
  'web.chefgruppen.cycles.heatmap-table.escalated': (p: { escalated: number }) => ({
    da: `${p.escalated} eskaleret`,
    en: `${p.escalated} escalated`,
  }),
  'web.chefgruppen.cycles.heatmap-table.nobody-is-pending': {
    da: 'Ingen mangler at bekræfte.',
    en: 'Nobody is pending.',
  },
  'web.chefgruppen.cycles.heatmap-table.yet-to-confirm': { da: 'Mangler at bekræfte', en: 'Yet to confirm' },
  'web.chefgruppen.cycles.heatmap-table.no-longer-in-the-organisation': {
    da: 'ikke længere i organisationen',
    en: 'no longer in the organisation',
  },
  'web.chefgruppen.cycles.heatmap-table.legend.escalated': { da: 'Eskaleret', en: 'Escalated' },
  'web.chefgruppen.cycles.heatmap-table.legend.reminded': { da: 'Påmindet', en: 'Reminded' },

  // input-section
  'web.chefgruppen.cycles.input-section.input-to-chefgruppen': {
    da: 'Input til chefgruppen',
    en: 'Input to chefgruppen',
  },
  'web.chefgruppen.cycles.input-section.no-group-has-sent-input': {
    da: 'Ingen grupper har sendt input endnu. Det kommer, når facilitatorerne registrerer møderne.',
    en: 'No group has sent input yet. It arrives as the facilitators record their meetings.',
  },
  'web.chefgruppen.cycles.input-section.facilitator': { da: 'facilitator', en: 'facilitator' },
  'web.chefgruppen.cycles.input-section.not-taken-up': { da: 'Ikke taget op', en: 'Not taken up' },
  'web.chefgruppen.cycles.input-section.taken-up': { da: 'Taget op', en: 'Taken up' },

  // launch-form
  'web.chefgruppen.cycles.launch-form.a-whole-number-of-minutes': {
    da: 'et helt antal minutter',
    en: 'a whole number of minutes',
  },
  'web.chefgruppen.cycles.launch-form.choose-at-least-one-group': {
    da: 'Vælg mindst én gruppe',
    en: 'Choose at least one group',
  },

  // launch
  'web.chefgruppen.cycles.launch.label.group-ids': { da: 'Deltagende grupper', en: 'Groups taking part' },
  'web.chefgruppen.cycles.launch.label.start-time': { da: 'Starttid (valgfri)', en: 'Start time (optional)' },
  'web.chefgruppen.cycles.launch.label.duration-minutes': {
    da: 'Varighed i minutter (valgfri)',
    en: 'Length in minutes (optional)',
  },
  'web.chefgruppen.cycles.launch.label.place': { da: 'Sted (valgfrit)', en: 'Place (optional)' },
  'web.chefgruppen.cycles.launch.no-groups': {
    da: 'Organisationen har ingen grupper endnu. Indlæs organisationen, før du starter en møderunde.',
    en: 'The organisation has no groups yet. Import the organisation before launching a meeting round.',
  },
  'web.chefgruppen.cycles.launch.theme.hint': {
    da: 'Fx "Ledelse af psykisk arbejdsmiljø"',
    en: 'E.g. "Leading psychological well-being at work"',
  },
  'web.chefgruppen.cycles.launch.meeting-date.hint': {
    da: 'Dagen grupperne mødes. Forberedelsen sendes af sig selv kl. 8 en uge før.',
    en: 'The day the groups meet. Prep goes out by itself at 08:00 a week before.',
  },
  'web.chefgruppen.cycles.launch.back-registration': {
    da: 'Efterregistrering af en afholdt møderunde',
    en: 'Registering a meeting round already held',
  },
  'web.chefgruppen.cycles.launch.back-registration.hint': {
    da:
      'Kun når møderunden allerede er holdt: mødedatoen må så ligge tilbage i tiden. Forberedelsen registreres som ' +
      'sendt, uden at nogen får besked; opsamlingen og anmodningerne om videreformidling sendes som sædvanligt.',
    en:
      'Only when the meeting round was already held: the meeting date may then be in the past. Prep is recorded as ' +
      'sent without messaging anyone; the summary and the cascade requests go out as usual.',
  },
  'web.chefgruppen.cycles.launch.start-time.hint': { da: 'Tomt: kl. 09.00', en: 'Empty: 09:00' },
  'web.chefgruppen.cycles.launch.duration-minutes.hint': {
    da: 'Tomt: 180 minutter (15–720)',
    en: 'Empty: 180 minutes (15–720)',
  },
  'web.chefgruppen.cycles.launch.launch-the-cycle': { da: 'Start møderunden', en: 'Launch the meeting round' },

  // list
  'web.chefgruppen.cycles.list.stage-of': (p: { theme: string }) => ({
    da: `Stadie for ${p.theme}`,
    en: `Stage of ${p.theme}`,
  }),
  'web.chefgruppen.cycles.list.confirmed-of': (p: { confirmed: number; total: number }) => ({
    da: `${p.confirmed} af ${p.total} har bekræftet`,
    en: `${p.confirmed} of ${p.total} have confirmed`,
  }),
  'web.chefgruppen.cycles.list.empty-without-groups': {
    da: 'Der er ingen møderunder endnu, og organisationen har ingen grupper. Begynd med at indlæse organisationen: områder, ledere og de tværgående grupper.',
    en: 'There are no meeting rounds yet, and the organisation has no groups. Start by importing the organisation: areas, leaders and the cross-cutting groups.',
  },
  'web.chefgruppen.cycles.list.empty': {
    da: 'Der er ingen møderunder endnu. Start den første møderunde: vælg tema, mødedato og de grupper, der deltager.',
    en: 'There are no meeting rounds yet. Launch the first meeting round: choose the theme, the meeting date and the groups taking part.',
  },

  // meetings-table
  'web.chefgruppen.cycles.meetings-table.the-groups-meetings': { da: 'Gruppernes møder', en: 'The groups’ meetings' },
  'web.chefgruppen.cycles.meetings-table.held': { da: 'Holdt', en: 'Held' },
  'web.chefgruppen.cycles.meetings-table.waiting': { da: 'afventer', en: 'waiting' },

  // page-data
  // The not-found refusal is one line, Danish / English, as the API words it; the page shows the half of the reader.
  'web.chefgruppen.cycles.page-data.unknown-cycle': (p: { id: string }) => ({
    da: 'Ukendt møderunde',
    en: `Unknown meeting round: ${p.id}`,
  }),

  // people: the levels as the cycle pages name them
  'web.chefgruppen.cycles.people.level.direktør': { da: 'Direktør', en: 'Director' },
  'web.chefgruppen.cycles.people.level.chef': { da: 'Chef', en: 'Head of department' },
  'web.chefgruppen.cycles.people.level.leder': { da: 'Leder', en: 'Manager' },

  // release-form
  'web.chefgruppen.cycles.release-form.choose-a-person': { da: '(vælg en person)', en: '(choose a person)' },
  'web.chefgruppen.cycles.release-form.release-from-the-cascade': {
    da: 'Fritag for videreformidlingen',
    en: 'Release from the cascade',
  },
  'web.chefgruppen.cycles.release-form.hint': {
    da: 'Fx en leder, der er fratrådt eller på orlov: personen holder så ikke længere møderunden åben.',
    en: 'E.g. a leader who has left or is on leave: the person then no longer holds the meeting round open.',
  },
  'web.chefgruppen.cycles.release-form.release-the-person': { da: 'Fritag personen', en: 'Release the person' },
} as const satisfies Texts;
