import type { CycleStage } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { Text } from './text';

/** The stages of a cycle, named the same on every page, in the order a cycle goes through them. */
export const STAGE_NAMES: Readonly<Record<CycleStage, Text>> = {
  launched: message('web.common.stage.launched'),
  agenda_set: message('web.common.stage.agenda-set'),
  prep_sent: message('web.common.stage.prep-sent'),
  meetings_held: message('web.common.stage.meetings-held'),
  summary_published: message('web.common.stage.summary-published'),
  completed: message('web.common.stage.completed'),
  cancelled: message('web.common.stage.cancelled'),
};
