import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

export const WEB_FACILITATOR_TEXTS = {
  // The facilitator's groups and meetings
  'web.facilitator.overview.recorded': (p: { group: string }) => ({
    da: `Mødet er registreret for ${p.group}.`,
    en: `The meeting is recorded for ${p.group}.`,
  }),
  'web.facilitator.overview.members': (p: { count: number }) => ({
    da: `${p.count} medlemmer`,
    en: `${p.count} members`,
  }),
  'web.facilitator.overview.record': (p: { group: string }) => ({
    da: `Registrér mødet for ${p.group}`,
    en: `Record the meeting of ${p.group}`,
  }),
  'web.facilitator.overview.see': (p: { group: string }) => ({
    da: `Se mødet for ${p.group}`,
    en: `See the meeting of ${p.group}`,
  }),
  'web.facilitator.overview.every-group': {
    da: 'Som chefgruppen ser du alle grupper og kan registrere deres møder.',
    en: 'As chefgruppen you see every group and can record their meetings.',
  },
  'web.facilitator.overview.no-groups': {
    da: 'Du faciliterer ingen grupper lige nu.',
    en: 'You facilitate no groups just now.',
  },
  'web.facilitator.overview.no-meetings': {
    da: 'Ingen af dine grupper er med i en møderunde endnu.',
    en: 'None of your groups is in a meeting round yet.',
  },
  'web.facilitator.overview.groups': { da: 'Grupper', en: 'Groups' },
  'web.facilitator.overview.meetings': { da: 'Møderunder', en: 'Meeting rounds' },
  'web.facilitator.overview.group': { da: 'Gruppe', en: 'Group' },
  'web.facilitator.overview.meeting': { da: 'Mødet', en: 'The meeting' },
  'web.facilitator.status.held': (p: { heldAt: Bilingual }) => ({
    da: `holdt ${p.heldAt.da}`,
    en: `held ${p.heldAt.en}`,
  }),
  'web.facilitator.status.recorded': { da: 'Registreret', en: 'Recorded' },
  'web.facilitator.status.missing': { da: 'Mangler', en: 'Missing' },
  'web.facilitator.status.not-recorded': { da: 'Ikke registreret', en: 'Not recorded' },
  'web.facilitator.status.waiting': { da: 'Venter på forberedelsen', en: 'Waiting for prep' },
  'web.facilitator.status.closed': { da: 'Runden er afsluttet', en: 'The round is completed' },
  // Recording a group's meeting
  'web.facilitator.meeting.title': (p: { group: string }) => ({
    da: `Mødet i ${p.group}`,
    en: `The meeting of ${p.group}`,
  }),
  'web.facilitator.meeting.held': (p: { heldAt: Bilingual }) => ({
    da: `Mødet blev holdt den ${p.heldAt.da}.`,
    en: `The meeting was held on ${p.heldAt.en}.`,
  }),
  'web.facilitator.meeting.round': { da: 'Møderunde', en: 'Meeting round' },
  'web.facilitator.meeting.planned': { da: 'Planlagt', en: 'Planned' },
  'web.facilitator.meeting.back': { da: 'Tilbage til mine grupper', en: 'Back to my groups' },
  'web.facilitator.meeting.recorded': { da: 'Mødet er registreret.', en: 'The meeting is recorded.' },
  'web.facilitator.meeting.waiting': {
    da: 'Forberedelsen er ikke sendt endnu. Mødet kan registreres, når chefgruppen har sendt den.',
    en: 'Prep has not been sent yet. The meeting can be recorded once chefgruppen has sent it.',
  },
  'web.facilitator.meeting.closed': {
    da: 'Runden er afsluttet, så mødet kan ikke længere registreres.',
    en: 'The round is completed, so the meeting can no longer be recorded.',
  },
  'web.facilitator.meeting.held-at.hint': { da: 'Dato og klokkeslæt, dansk tid.', en: 'Date and time, Danish time.' },
  'web.facilitator.meeting.attendees.hint': { da: 'Sæt kryds ved dem, der var med.', en: 'Tick those who were there.' },
  'web.facilitator.meeting.key-points.hint': {
    da: 'Det vigtigste fra mødet, ét punkt pr. linje.',
    en: 'The main points of the meeting, one per line.',
  },
  'web.facilitator.meeting.input.hint': {
    da: 'Det gruppen vil give videre til chefgruppen, ét punkt pr. linje.',
    en: 'What the group wants to pass on to chefgruppen, one per line.',
  },
  'web.facilitator.meeting.submit': { da: 'Registrér mødet', en: 'Record the meeting' },
  'web.facilitator.meeting.held-at': { da: 'Hvornår blev mødet holdt?', en: 'When was the meeting held?' },
  'web.facilitator.meeting.attendees': { da: 'Hvem deltog?', en: 'Who attended?' },
  'web.facilitator.meeting.key-points': { da: 'Hovedpunkter', en: 'Key points' },
  'web.facilitator.meeting.input': { da: 'Input til chefgruppen', en: 'Input to chefgruppen' },
  'web.facilitator.meeting.held-at.invalid': {
    da: 'Vælg dato og klokkeslæt for mødet',
    en: 'Choose the date and time of the meeting',
  },
} as const satisfies Texts;
