import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

export const WEB_LEADER_TEXTS = {
  // The leader's confirmation of the cascade
  'web.leader.cascade.channel': { da: 'Hvordan gav du dem videre?', en: 'How did you pass them on?' },
  'web.leader.cascade.note.hint': {
    da: 'Fx hvad medarbejderne sagde, eller hvad I vil gøre nu.',
    en: 'E.g. what your staff said, or what you will do now.',
  },
  'web.leader.cascade.channel.hint': {
    da: 'Fx på et personalemøde. Vælg et forslag, eller skriv selv.',
    en: 'E.g. at a staff meeting. Pick a suggestion, or write your own.',
  },
  // Where the leader's cascade stands
  'web.leader.cascade-status.pending': { da: 'Mangler din bekræftelse', en: 'Awaiting your confirmation' },
  'web.leader.cascade-status.confirmed': { da: 'Bekræftet', en: 'Confirmed' },
  'web.leader.cascade-status.released': { da: 'Fritaget', en: 'Released' },
  'web.leader.cascade-status.not-yet': { da: 'Ikke endnu', en: 'Not yet' },
  'web.leader.cascade-status.closed': {
    da: 'Ikke bekræftet, runden er lukket',
    en: 'Not confirmed, the round is closed',
  },
  // A meeting round
  'web.leader.cycle.meeting': { da: 'Mødet', en: 'The meeting' },
  'web.leader.cycle.place': { da: 'Sted', en: 'Place' },
  'web.leader.cycle.group': { da: 'Din gruppe', en: 'Your group' },
  'web.leader.cycle.cascade': { da: 'Din videreformidling', en: 'Your cascade' },
  'web.leader.cycle.released': {
    da: 'Chefgruppen har fritaget dig for videreformidlingen i denne runde.',
    en: 'Chefgruppen released you from the cascade in this round.',
  },
  'web.leader.cycle.closed': {
    da: 'Chefgruppen har lukket runden, så der kan ikke længere bekræftes.',
    en: 'Chefgruppen has closed the round, so confirmations are no longer taken.',
  },
  'web.leader.cycle.not-yet': {
    da: 'Forbered dig til mødet ud fra forberedelsen nedenfor. Når chefgruppen har offentliggjort opsamlingen, giver du den videre til dine medarbejdere og bekræfter det her.',
    en: 'Prepare for the meeting from the prep below. Once chefgruppen has published the summary, you pass it on to your staff and confirm it here.',
  },
  'web.leader.cycle.confirmed': (p: { passedOnAt: Bilingual; confirmedAt: Bilingual }) => ({
    da: `Du gav resultaterne videre den ${p.passedOnAt.da}. Registreret den ${p.confirmedAt.da}.`,
    en: `You passed the results on ${p.passedOnAt.en}. Recorded on ${p.confirmedAt.en}.`,
  }),
  'web.leader.cycle.not-taking-part': {
    da: 'Du deltager ikke i denne møderunde',
    en: 'You do not take part in this meeting round',
  },
  // The leader's meeting rounds
  'web.leader.overview.none': {
    da: 'Du er ikke med i nogen møderunde endnu.',
    en: 'You are not in any meeting round yet.',
  },
  // The prep package and the published summary
  'web.leader.prep.material.speaker': { da: 'Oplægsholder', en: 'Speaker' },
  'web.leader.prep.material.article': { da: 'Artikel', en: 'Article' },
  'web.leader.prep.material.case': { da: 'Træningscase', en: 'Training case' },
  'web.leader.prep.material.other': { da: 'Materiale', en: 'Material' },
  'web.leader.prep.title': { da: 'Forberedelse', en: 'Preparation' },
  'web.leader.prep.not-sent': {
    da: 'Forberedelsen er ikke sendt endnu. Den kommer her og på e-mail, når chefgruppen sender den.',
    en: 'Prep has not been sent yet. It comes here and by e-mail when chefgruppen sends it.',
  },
  'web.leader.prep.sent': { da: 'Sendt', en: 'Sent' },
  'web.leader.prep.agenda': { da: 'Dagsorden', en: 'Agenda' },
  'web.leader.prep.tasks': { da: 'Forberedelsesopgaver', en: 'Prep tasks' },
  'web.leader.prep.materials': { da: 'Materialer', en: 'Materials' },
  'web.leader.prep.none': { da: 'Ingen.', en: 'None.' },
  'web.leader.summary.title': { da: 'Opsamling fra chefgruppen', en: 'Summary from chefgruppen' },
  'web.leader.summary.published': { da: 'Offentliggjort', en: 'Published' },
} as const satisfies Texts;
