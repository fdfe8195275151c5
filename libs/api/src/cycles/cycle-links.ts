import type { LinksObject } from '@nestjs/swagger';

/*
 * The OpenAPI links of an answer that carries a cycle: from its `id` to the operations on that cycle, from a group's
 * id to recording its meeting, from a pending person's id to their cascade. A client (or a test) follows them
 * without knowing the paths.
 */

const CYCLE_ID = '$response.body#/id';

const onCycle = (operationId: string, parameters: Record<string, string> = {}) => ({
  operationId,
  parameters: { id: CYCLE_ID, ...parameters },
});

/** From a cycle answer (CycleAnswerDto and CycleDetailsAnswerDto alike). */
export const CYCLE_LINKS: LinksObject = {
  getCycle: onCycle('getCycle'),
  setAgenda: onCycle('setAgenda'),
  sendPrep: onCycle('sendPrep'),
  recordMeeting: onCycle('recordMeeting', { groupId: '$response.body#/groups/0/id' }),
  publishSummary: onCycle('publishSummary'),
  confirmCascade: onCycle('confirmCascade', { personId: '$response.body#/cascades/pending/0' }),
  releaseFromCascade: onCycle('releaseFromCascade', { personId: '$response.body#/cascades/pending/0' }),
  changeSchedule: onCycle('changeSchedule'),
  closeCycle: onCycle('closeCycle'),
  takeUpInput: onCycle('takeUpInput'),
  getCycleEvents: onCycle('getCycleEvents'),
  getCycleInput: onCycle('getCycleInput'),
};

/** From a cascade confirmation (its `id` is the cycle's). */
export const CONFIRMATION_LINKS: LinksObject = {
  getCycle: onCycle('getCycle'),
};
