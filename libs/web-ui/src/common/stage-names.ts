import type { CycleStage } from '@ledelsesrum/domain';
import type { Text } from './text';

/** The stages of a cycle, named the same on every page, in the order a cycle goes through them. */
export const STAGE_NAMES: Readonly<Record<CycleStage, Text>> = {
  launched: { da: 'Startet', en: 'Launched' },
  agenda_set: { da: 'Dagsorden sat', en: 'Agenda set' },
  prep_sent: { da: 'Forberedelse sendt', en: 'Prep sent' },
  meetings_held: { da: 'Møder holdt', en: 'Meetings held' },
  summary_published: { da: 'Opsamling offentliggjort', en: 'Summary published' },
  completed: { da: 'Afsluttet', en: 'Completed' },
};
