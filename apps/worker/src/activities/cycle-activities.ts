import { systemOrigin } from '@ledelsesrum/application';
import type { CycleProcessActivities, ProcessStep } from '@ledelsesrum/contracts';
import { DomainErrorCode, cycleStreamId, dueWork, isDomainError, nextWakeUp } from '@ledelsesrum/domain';
import { workflowRun } from './activity-context';
import { createCycleCommands } from './cycle-commands';
import { createSendRoundPart, type NoticeDependencies } from './send-round-part';

/**
 * The cycle process's activities: they read the stored cycle, and write what the process does by itself through
 * the same application layer as the API. Plain functions so tests can build them without Nest.
 */
export function createCycleActivities(deps: NoticeDependencies): CycleProcessActivities {
  const cycles = deps.cycles ?? createCycleCommands(deps.store);
  return {
    async nextStep({ cycleId, now }): Promise<ProcessStep> {
      const { state } = await cycles.current(cycleStreamId(cycleId));
      if (state.status !== 'launched') return { kind: 'wait' };
      const work = dueWork(state, now);
      if (work?.kind === 'send-prep') return { kind: 'send-prep' };
      if (work?.kind === 'notify') return { kind: 'notify', round: work.round, recipientIds: work.recipientIds };
      if (state.stage === 'completed' || state.stage === 'cancelled') return { kind: 'done' };
      const until = nextWakeUp(state, now);
      return until === undefined ? { kind: 'wait' } : { kind: 'wait', until };
    },
    async sendPrep({ cycleId }) {
      try {
        await cycles.execute(
          cycleStreamId(cycleId),
          { type: 'SendPrep' },
          systemOrigin('process:SendPrep', workflowRun()),
        );
      } catch (error) {
        // Chefgruppen sent it by hand a moment before: what was due is done.
        if (!(isDomainError(error) && error.code === DomainErrorCode.PrepAlreadySent)) throw error;
      }
    },
    sendRoundPart: createSendRoundPart(deps, cycles),
  };
}
