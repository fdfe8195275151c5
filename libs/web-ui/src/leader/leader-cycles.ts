import { ForbiddenException } from '@nestjs/common';
import type { LaunchedCycle, Participant } from '@ledelsesrum/domain';
import type { CycleReadModel } from '@ledelsesrum/projections';
import type { CyclesService } from '@ledelsesrum/api/cycles';
import { message, refusal } from '@ledelsesrum/messages';

/** The cycles a person takes part in (a participant of the cycle as launched), the latest meeting date first. */
export function cyclesOf(readModel: CycleReadModel, personId: string): LaunchedCycle[] {
  return readModel
    .list()
    .flatMap((view): LaunchedCycle[] => {
      const state = readModel.get(view.id)?.state;
      return state?.status === 'launched' && state.participants.has(personId) ? [state] : [];
    })
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || a.theme.localeCompare(b.theme, 'da'));
}

/**
 * The cycle and the reader's part in it: 404 for a cycle that does not exist, 403 for one they do not take part in
 * (a leader sees only their own rounds, as they confirm only their own cascade).
 */
export function participation(
  cycles: CyclesService,
  cycleId: string,
  personId: string,
): { readonly cycle: LaunchedCycle; readonly participant: Participant } {
  const cycle = cycles.launched(cycleId);
  const participant = cycle.participants.get(personId);
  if (!participant) {
    throw refusal(message('web.leader.cycle.not-taking-part'), (line) => new ForbiddenException(line));
  }
  return { cycle, participant };
}
