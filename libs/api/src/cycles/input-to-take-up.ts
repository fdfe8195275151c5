import { NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DomainError, DomainErrorCode, type LaunchedCycle, type TakeUpInput } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { message, refusal, type Bilingual } from '@ledelsesrum/messages';
import { readCycleInput, type CycleReadModel } from '@ledelsesrum/projections';

/** Which item of which group's input in which earlier cycle, as the client names it. */
export interface InputReference {
  readonly fromCycleId: string;
  readonly groupId: string;
  readonly item: number;
}

/**
 * The TakeUpInput command for `later`, after checking what only the API can see: the earlier cycle lives in another
 * stream, so the later cycle's decider cannot tell whether the item exists. The text is copied from the
 * earlier cycle's MeetingRecorded event so the link reads on its own. Throws 404 for an unknown cycle, 422 for an
 * item that is not there or a cycle that is not earlier, 409 (as the domain would) for the cycle itself.
 */
export async function inputToTakeUp(
  readModel: CycleReadModel,
  store: EventStore,
  later: LaunchedCycle,
  { fromCycleId, groupId, item }: InputReference,
): Promise<TakeUpInput> {
  if (fromCycleId === later.id) {
    throw new DomainError(DomainErrorCode.InputFromSameCycle, { fromCycleId });
  }
  const source = readModel.get(fromCycleId)?.state;
  if (!source || source.status !== 'launched') {
    throw refusal(message('api.cycles.take-up.unknown-cycle', { fromCycleId }), (line) => new NotFoundException(line));
  }
  if (Date.parse(source.launchedAt) >= Date.parse(later.launchedAt)) {
    throw unprocessable('INPUT_FROM_LATER_CYCLE', message('api.cycles.take-up.later-cycle', { fromCycleId }), {
      fromCycleId,
      launchedAt: source.launchedAt,
    });
  }
  const group = source.groups.find((candidate) => candidate.id === groupId);
  if (!group) {
    throw unprocessable('INPUT_NOT_FOUND', message('api.cycles.take-up.group-not-in-cycle', { fromCycleId, groupId }), {
      fromCycleId,
      groupId,
    });
  }
  if (!group.meeting) {
    throw unprocessable(
      'INPUT_NOT_FOUND',
      message('api.cycles.take-up.meeting-not-recorded', { fromCycleId, groupId }),
      { fromCycleId, groupId },
    );
  }
  const items = (await readCycleInput(store, fromCycleId))?.find((input) => input.groupId === groupId)?.items ?? [];
  const text = items[item];
  if (text === undefined) {
    throw unprocessable(
      'INPUT_NOT_FOUND',
      message('api.cycles.take-up.no-such-item', { fromCycleId, groupId, item, itemCount: items.length }),
      { fromCycleId, groupId, item, itemCount: items.length },
    );
  }
  return { type: 'TakeUpInput', fromCycleId, groupId, item, text };
}

function unprocessable(code: string, text: Bilingual, details: Record<string, unknown>): UnprocessableEntityException {
  return refusal(text, (line) => new UnprocessableEntityException({ statusCode: 422, code, message: line, details }));
}
