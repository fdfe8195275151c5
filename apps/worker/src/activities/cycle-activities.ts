import { ApplicationFailure } from '@temporalio/activity';
import { cycleStreamId } from '@ledelsesrum/domain';
import type { CycleActivities } from '@ledelsesrum/contracts';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '@ledelsesrum/event-store';
import { createSendNotices, type NoticeDependencies } from './send-notices';
import { StoredCycles } from './stored-cycles';

/**
 * The cycle workflow's activities over an event store and a notification sender. Plain functions so tests can
 * build them without Nest.
 */
export function createCycleActivities(deps: NoticeDependencies): CycleActivities {
  const { store } = deps;
  const cycles = new StoredCycles(store);
  return {
    sendNotices: createSendNotices(deps, cycles),
    async appendCycleEvents({ cycleId, expectedRevision, events }) {
      try {
        const result = await store.appendToStream(cycleStreamId(cycleId), events, {
          expectedRevision: expectedRevision < 0 ? 'no_stream' : expectedRevision,
        });
        return { nextExpectedRevision: result.nextExpectedRevision };
      } catch (error) {
        // Retrying cannot fix these: tell Temporal by the error's type (see NON_RETRYABLE_APPEND_ERRORS).
        if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError) {
          throw ApplicationFailure.nonRetryable(error.message, error.name);
        }
        throw error;
      }
    },
    loadCycle: (cycleId) => cycles.current(cycleId),
  };
}
