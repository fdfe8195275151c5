import type { CycleState } from '@ledelsesrum/domain';

/** An event the workflow wants stored; its id is chosen deterministically by the workflow. */
export interface EventToAppend {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
}

export interface AppendCycleEventsInput {
  readonly cycleId: string;
  /** -1 for a cycle whose stream does not exist yet. */
  readonly expectedRevision: number;
  readonly events: readonly EventToAppend[];
}

/** Error types an activity raises that retrying cannot fix. */
export const NON_RETRYABLE_APPEND_ERRORS = ['WrongExpectedRevisionError', 'DuplicateEventIdError'] as const;

/** The activities the cycle workflow calls. The worker implements them; the workflow imports this type only. */
export interface CycleActivities {
  /** Appends with an expected revision; a retry of the same events at the same position is a no-op success. */
  appendCycleEvents(input: AppendCycleEventsInput): Promise<{ readonly nextExpectedRevision: number }>;
  /** Folds the cycle's stream from the store: used to resynchronise after a concurrency error. */
  loadCycle(cycleId: string): Promise<{ readonly state: CycleState; readonly revision: number }>;
}
