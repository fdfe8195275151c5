import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

export const WEB_AUDITOR_TEXTS = {
  // How the hash chain was broken
  'web.auditor.break.changed': { da: 'Ændret', en: 'Changed' },
  'web.auditor.break.changed.text': {
    da: 'En hændelses indhold passer ikke længere med dens hash.',
    en: 'An event’s content no longer matches its hash.',
  },
  'web.auditor.break.deleted': { da: 'Slettet', en: 'Deleted' },
  'web.auditor.break.deleted.text': {
    da: 'En hændelse mangler: der er et hul i positionerne eller i et forløbs revisioner.',
    en: 'An event is missing: there is a gap in the positions or in a stream’s revisions.',
  },
  'web.auditor.break.inserted': { da: 'Indsat', en: 'Inserted' },
  'web.auditor.break.inserted.text': {
    da: 'En række, der ikke hører til kæden.',
    en: 'A row that is not part of the chain.',
  },
  'web.auditor.break.reordered': { da: 'Omrokeret', en: 'Reordered' },
  'web.auditor.break.reordered.text': {
    da: 'Hændelser står på andre pladser, end de blev hashet på.',
    en: 'Events stand at other positions than the ones they were hashed at.',
  },
  // A cycle's timeline
  'web.auditor.timeline.title': (p: { theme: string }) => ({ da: `Tidslinje: ${p.theme}`, en: `Timeline: ${p.theme}` }),
  'web.auditor.timeline.summary': (p: { cycleId: string; events: number; latest: number }) => ({
    da: `Møderunde ${p.cycleId}: ${p.events} hændelser, revision 0 til ${p.latest}.`,
    en: `Meeting round ${p.cycleId}: ${p.events} events, revisions 0 to ${p.latest}.`,
  }),
  'web.auditor.timeline.download': { da: 'Hent møderundens hændelser:', en: 'Download the meeting round’s events:' },
  'web.auditor.timeline.not-replayable': {
    da: 'Tilstanden kan ikke genskabes: en hændelses data har ikke den form, dens type har. Kør kontrollen af kontrolkæden (hash-kæden) på revisionssiden.',
    en: 'The state cannot be replayed: an event’s data does not have its type’s shape. Run the hash chain check on the audit page.',
  },
  'web.auditor.timeline.heading': { da: 'Tidslinje', en: 'Timeline' },
  // Who caused an event, and how it came in
  'web.auditor.entry.unreadable': (p: { type: string }) => ({
    da: `Hændelse ${p.type} (data har ikke den form, typen har)`,
    en: `Event ${p.type} (its data does not have its type’s shape)`,
  }),
  'web.auditor.actor.via': (p: { via: string }) => ({ da: `via ${p.via}`, en: `via ${p.via}` }),
  'web.auditor.actor.system': { da: 'Systemet (forløbet selv)', en: 'The system (the meeting round itself)' },
  'web.auditor.actor.not-recorded': { da: 'Ikke registreret', en: 'Not recorded' },
  'web.auditor.actor.via-personal-link': { da: 'via personligt link', en: 'via personal link' },
  // The export form
  'web.auditor.export.format': { da: 'Format', en: 'Format' },
  'web.auditor.export.events': { da: 'Hændelser', en: 'Events' },
  'web.auditor.export.from': { da: 'Fra (dansk tid)', en: 'From (Copenhagen time)' },
  'web.auditor.export.to': { da: 'Til (dansk tid)', en: 'To (Copenhagen time)' },
  'web.auditor.export.events.all': { da: 'Alle hændelser', en: 'Every event' },
  'web.auditor.export.events.organisation': { da: 'Organisationen', en: 'The organisation' },
  'web.auditor.export.events.cycle': { da: 'Møderunde', en: 'Meeting round' },
  'web.auditor.export.title': { da: 'Eksport', en: 'Export' },
  'web.auditor.export.intro': {
    da: 'Hændelserne som de er gemt, med deres hashes, så kæden kan efterregnes uden for systemet. Navne og e-mailadresser forbliver krypterede.',
    en: 'The events as stored, with their hashes, so the chain can be recomputed outside the system. Names and e-mail addresses stay encrypted.',
  },
  'web.auditor.export.events.choose': { da: 'Vælg selv', en: 'Choose' },
  'web.auditor.export.from.hint': {
    da: 'Registreret fra og med; tomt: fra begyndelsen',
    en: 'Recorded at or after; empty: from the start',
  },
  'web.auditor.export.to.hint': { da: 'Registreret før; tomt: til nu', en: 'Recorded before; empty: until now' },
  'web.auditor.export.submit': { da: 'Hent eksporten', en: 'Download the export' },
  // The hash chain check
  'web.auditor.integrity.intact.text': (p: { events: number; streams: number }) => ({
    da: `Alle ${p.events} hændelser i ${p.streams} forløb passer med deres hashes og med kæden.`,
    en: `All ${p.events} events in ${p.streams} streams match their hashes and the chain.`,
  }),
  'web.auditor.integrity.head.at': (p: { position: number; recordedAt: Bilingual }) => ({
    da: `Position ${p.position}, registreret ${p.recordedAt.da}`,
    en: `Position ${p.position}, recorded ${p.recordedAt.en}`,
  }),
  'web.auditor.integrity.broken.text': (p: { position: number; events: number }) => ({
    da: `Det første brud er ved position ${p.position}. De ${p.events} hændelser før det er intakte.`,
    en: `The first break is at position ${p.position}. The ${p.events} events before it are intact.`,
  }),
  'web.auditor.integrity.intact': { da: 'Kæden er intakt', en: 'The chain is intact' },
  'web.auditor.integrity.events': { da: 'Hændelser', en: 'Events' },
  'web.auditor.integrity.streams': { da: 'Forløb', en: 'Streams' },
  'web.auditor.integrity.head': { da: 'Kædens hoved', en: 'Head of the chain' },
  'web.auditor.integrity.head-hash': { da: 'Hovedets kædehash', en: 'The head’s chain hash' },
  'web.auditor.integrity.head.none': { da: 'Ingen: loggen er tom', en: 'None: the log is empty' },
  'web.auditor.integrity.keep-head': {
    da: 'Gem hovedet uden for systemet (fx i revisionsnotatet). Holder det ved en senere kontrol, er intet før det ændret.',
    en: 'Keep the head outside the system (e.g. in the audit notes). If it still holds at a later check, nothing before it was changed.',
  },
  'web.auditor.integrity.cannot-tell': { da: 'kan ikke afgøres', en: 'cannot be told' },
  'web.auditor.integrity.broken': { da: 'Kontrolkæden er brudt', en: 'The chain is broken' },
  'web.auditor.integrity.kind': { da: 'Art', en: 'Kind' },
  'web.auditor.integrity.stream': { da: 'Forløb', en: 'Stream' },
  'web.auditor.integrity.revision': { da: 'Revision', en: 'Revision' },
  'web.auditor.integrity.position': { da: 'Position', en: 'Position' },
  'web.auditor.integrity.found': { da: 'Fundet', en: 'Found' },
  'web.auditor.integrity.title': { da: 'Kontrol af hændelsesloggen', en: 'Hash chain check' },
  'web.auditor.integrity.checked': { da: 'Kontrolleret', en: 'Checked' },
  'web.auditor.integrity.copenhagen-time': { da: '(dansk tid).', en: '(Copenhagen time).' },
  'web.auditor.integrity.check-again': { da: 'Kontrollér igen', en: 'Check again' },
  'web.auditor.integrity.back': { da: 'Tilbage til revision', en: 'Back to the audit page' },
  // Choosing a point in a cycle's history
  'web.auditor.point.revision.hint': (p: { latest: number }) => ({
    da: `Fra 0 (starten) til ${p.latest} (den seneste hændelse)`,
    en: `From 0 (the launch) to ${p.latest} (the latest event)`,
  }),
  'web.auditor.point.revision.invalid': (p: { latest: number }) => ({
    da: `Skriv et helt tal fra 0 til ${p.latest}`,
    en: `Enter a whole number from 0 to ${p.latest}`,
  }),
  'web.auditor.point.before-launch': (p: { launchedAt: Bilingual }) => ({
    da: `Møderunden var ikke startet endnu; den startede ${p.launchedAt.da}`,
    en: `The meeting round had not been launched yet; it was launched ${p.launchedAt.en}`,
  }),
  'web.auditor.point.title': { da: 'Se tilstanden på et tidspunkt', en: 'See the state at a point' },
  'web.auditor.point.by-revision': { da: 'Vis ved revisionen', en: 'Show at the revision' },
  'web.auditor.point.moment.hint': {
    da: 'Den seneste hændelse til og med det tidspunkt',
    en: 'The latest event up to and including that moment',
  },
  'web.auditor.point.by-moment': { da: 'Vis på tidspunktet', en: 'Show at the moment' },
  // Reading the export form and the chosen point
  'web.auditor.moment.invalid': {
    da: 'Skriv en dato og et klokkeslæt, fx 11-03-2027 09:00',
    en: 'Enter a date and a time, e.g. 11/03/2027 09:00',
  },
  'web.auditor.export.to.before-from': { da: 'Skal ligge efter fra-tidspunktet', en: 'Must be after the from time' },
  'web.auditor.point.revision': { da: 'Revision', en: 'Revision' },
  'web.auditor.point.moment': { da: 'Tidspunkt (dansk tid)', en: 'Moment (Copenhagen time)' },
  'web.auditor.point.both': {
    da: 'Vælg enten en revision eller et tidspunkt, ikke begge',
    en: 'Choose either a revision or a moment, not both',
  },
  // The audit page
  'web.auditor.overview.no-cycles': { da: 'Der er ingen møderunder endnu.', en: 'There are no meeting rounds yet.' },
  'web.auditor.overview.cycles': { da: 'Møderunder og deres historik', en: 'Meeting rounds and their history' },
  'web.auditor.overview.theme': { da: 'Tema', en: 'Theme' },
  'web.auditor.overview.latest-revision': { da: 'Seneste revision', en: 'Latest revision' },
  'web.auditor.overview.intro': {
    da: 'Her kan du følge hver møderunde hændelse for hændelse, kontrollere at hændelsesloggen ikke er ændret, og hente hændelserne til din egen gennemgang.',
    en: 'Here you can follow each meeting round event by event, check that the event log was not altered, and download the events for your own review.',
  },
  'web.auditor.overview.check.text': {
    da: 'Efterregner hver hændelses hash og kædens led fra det gemte indhold. Et ændret, slettet, indsat eller flyttet led findes.',
    en: 'Recomputes every event’s hash and the chain’s links from what is stored. A changed, deleted, inserted or moved link is found.',
  },
  'web.auditor.overview.check': { da: 'Kontrollér kæden nu', en: 'Check the chain now' },
  // The state at a point
  'web.auditor.state.at-revision': (p: { revision: number }) => ({
    da: `Tilstanden ved revision ${p.revision}`,
    en: `The state at revision ${p.revision}`,
  }),
  'web.auditor.state.now': (p: { revision: number }) => ({
    da: `Tilstanden nu (revision ${p.revision})`,
    en: `The state now (revision ${p.revision})`,
  }),
  'web.auditor.state.cascade.counts': (p: { confirmed: number; total: number; pending: number; released: number }) => ({
    da: `${p.confirmed} af ${p.total} bekræftet, ${p.pending} afventer, ${p.released} fritaget`,
    en: `${p.confirmed} of ${p.total} confirmed, ${p.pending} pending, ${p.released} released`,
  }),
  'web.auditor.state.as-after': { da: 'Som efter hændelsen', en: 'As after the event of' },
  'web.auditor.state.replayed': {
    da: 'genskabt fra hændelserne med de samme regler som forløbet.',
    en: 'replayed from the events with the meeting round’s own rules.',
  },
  'web.auditor.state.stages': { da: 'Faser', en: 'Stages' },
  'web.auditor.state.cascade': { da: 'Videreformidling', en: 'Cascade' },
  'web.auditor.state.meetings': { da: 'Gruppernes møder', en: 'The groups’ meetings' },
  'web.auditor.state.held': { da: 'Møde holdt', en: 'Meeting held' },
  'web.auditor.state.not-held': { da: 'Ikke holdt', en: 'Not held' },
  // The timeline's table
  'web.auditor.timeline.show-revision': (p: { revision: number }) => ({
    da: `Vis tilstanden ved revision ${p.revision}`,
    en: `Show the state at revision ${p.revision}`,
  }),
  'web.auditor.timeline.caption': (p: { events: number }) => ({
    da: `${p.events} hændelser i rækkefølge, tider i dansk tid`,
    en: `${p.events} events in order, times in Copenhagen time`,
  }),
  'web.auditor.timeline.shown': { da: 'Vises', en: 'Shown' },
  'web.auditor.timeline.time': { da: 'Tidspunkt', en: 'Time' },
  'web.auditor.timeline.who': { da: 'Hvem (roller)', en: 'Who (roles)' },
  'web.auditor.timeline.what': { da: 'Hvad skete der', en: 'What happened' },
} as const satisfies Texts;
