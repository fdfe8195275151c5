import { ApplicationFailure } from '@temporalio/activity';
import { cycleStreamId, foldCycle, type CycleEvent } from '@ledelsesrum/domain';
import type { CycleActivities } from '@ledelsesrum/contracts';
import { DuplicateEventIdError, WrongExpectedRevisionError, type EventStore } from '@ledelsesrum/event-store';

/** The cycle workflow's activities over an event store. Plain functions so tests can build them without Nest. */
export function createCycleActivities(store: EventStore): CycleActivities {
  return {
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
    async loadCycle(cycleId) {
      const events = await store.readStream(cycleStreamId(cycleId));
      return { state: foldCycle(events as unknown as CycleEvent[]), revision: events.length - 1 };
    },
  };
}
