import type { CycleStage } from '@ledelsesrum/domain';
import type { Text } from '../common/text';

/** Each stage of a meeting round as a leader reads it. */
export const STAGE_NAMES: Readonly<Record<CycleStage, Text>> = {
  launched: { da: 'Startet', en: 'Launched' },
  agenda_set: { da: 'Dagsorden sat', en: 'Agenda set' },
  prep_sent: { da: 'Forberedelse sendt', en: 'Prep sent' },
  meetings_held: { da: 'Møder holdt', en: 'Meetings held' },
  summary_published: { da: 'Opsamling offentliggjort', en: 'Summary published' },
  completed: { da: 'Afsluttet', en: 'Completed' },
};
