import type { CycleState, NoticeRound, SentMessage } from '@ledelsesrum/domain';

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

export interface SendNoticesInput {
  readonly cycleId: string;
  readonly round: NoticeRound;
  /** The people this part of the round goes to (for the status report: none, it goes to chefgruppen). */
  readonly recipientIds: readonly string[];
}

export interface SendNoticesResult {
  /** Every message this part of the round consists of, sent now or by an earlier attempt. */
  readonly messages: readonly SentMessage[];
  /** Recipients who got nothing: they left the organisation or their personal data was erased. */
  readonly unreachableIds: readonly string[];
}

/** Error types an activity raises that retrying cannot fix. */
export const NON_RETRYABLE_APPEND_ERRORS = ['WrongExpectedRevisionError', 'DuplicateEventIdError'] as const;

/** The activities the cycle workflow calls. The worker implements them; the workflow imports this type only. */
export interface CycleActivities {
  /** Appends with an expected revision; a retry of the same events at the same position is a no-op success. */
  appendCycleEvents(input: AppendCycleEventsInput): Promise<{ readonly nextExpectedRevision: number }>;
  /** Folds the cycle's stream from the store: used to resynchronise after a concurrency error. */
  loadCycle(cycleId: string): Promise<{ readonly state: CycleState; readonly revision: number }>;
  /**
   * Composes and sends the messages of (part of) a notice round from the stored cycle and the organisation. Each
   * message has its own idempotency key, so a retried attempt sends only what an earlier one did not.
   */
  sendNotices(input: SendNoticesInput): Promise<SendNoticesResult>;
}
