import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  ChangeSchedule,
  CloseCycle,
  ConfirmCascade,
  CycleCommand,
  CycleState,
  CycleView,
  CommandContext,
  LaunchCycle,
  NoticeRound,
  PublishSummary,
  RecordMeeting,
  ReleaseFromCascade,
  SendPrep,
  SetAgenda,
  TakeUpInput,
} from '@ledelsesrum/domain';

/** The Temporal names shared by the API (client), the worker and the workflow code. */
export const CYCLE_WORKFLOW_TYPE = 'cycleWorkflow';

export function cycleWorkflowId(cycleId: string): string {
  return `cycle-${cycleId}`;
}

/**
 * The type of the rejection a cycle's run gives a command once it has taken all the commands it may and is about to
 * continue as new. Nothing was stored: the same command sent again a moment later lands on the new run.
 */
export const RUN_CONTINUING = 'RUN_CONTINUING';

/** What the API hands to the workflow for one command. */
export interface CycleUpdateInput<C extends CycleCommand = CycleCommand> {
  readonly command: C;
  readonly context: CommandContext;
  /** The client's Idempotency-Key, scoped to the caller: a retry with the same key changes nothing. */
  readonly idempotencyKey?: string;
  /** The request the command came through, recorded in its events' metadata. Absent in recorded histories. */
  readonly request?: CommandRequest;
}

/** Through which request, and in which roles, a person issued a command: for the audit trail. */
export interface CommandRequest {
  /** The API's request id (the caller's `X-Request-Id`, or one the API made up). */
  readonly requestId: string;
  /** Every role the caller's token granted when they acted (a route accepts any one of them). */
  readonly actorRoles: readonly string[];
  /** Set when the caller came in without a sign-in: `confirm-link` is the personal link in the cascade e-mail. */
  readonly via?: 'confirm-link';
}

/** Kept small on purpose: every update's result is stored in the workflow history. Read the view from the API. */
export interface CycleUpdateResult {
  readonly cycleId: string;
  /** The stream revision after the command: a reader that has seen this revision sees the command's effect. */
  readonly revision: number;
}

export const launchCycleUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<LaunchCycle>]>('launchCycle');
export const setAgendaUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<SetAgenda>]>('setAgenda');
export const sendPrepUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<SendPrep>]>('sendPrep');
export const recordMeetingUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<RecordMeeting>]>('recordMeeting');
export const publishSummaryUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<PublishSummary>]>(
  'publishSummary',
);
export const confirmCascadeUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<ConfirmCascade>]>(
  'confirmCascade',
);

export const releaseFromCascadeUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<ReleaseFromCascade>]>(
  'releaseFromCascade',
);
export const changeScheduleUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<ChangeSchedule>]>(
  'changeSchedule',
);
export const closeCycleUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<CloseCycle>]>('closeCycle');
export const takeUpInputUpdate = defineUpdate<CycleUpdateResult, [CycleUpdateInput<TakeUpInput>]>('takeUpInput');

/** Every command update, so the workflow can register one handler per update in a loop. */
export const cycleCommandUpdates = [
  launchCycleUpdate,
  setAgendaUpdate,
  sendPrepUpdate,
  recordMeetingUpdate,
  publishSummaryUpdate,
  confirmCascadeUpdate,
  releaseFromCascadeUpdate,
  changeScheduleUpdate,
  closeCycleUpdate,
  takeUpInputUpdate,
] as const;

/** The live view, or null before the launch. */
export const cycleViewQuery = defineQuery<CycleView | null>('cycleView');

/** What one run hands to the next when the workflow continues as new. */
export interface CarriedCycle {
  readonly state: CycleState;
  readonly revision: number;
  readonly idempotencyKeys: readonly string[];
  /** Whether the cycle sends messages and keeps timers; absent in runs carried from before it did (false). */
  readonly notifying?: boolean;
  /** A round of messages still being sent when the run continued as new. */
  readonly round?: RoundProgress;
}

/** How far a round of messages has come: who is still to get theirs, and the tally so far. */
export interface RoundProgress {
  readonly round: NoticeRound;
  readonly remainingIds: readonly string[];
  readonly messageCount: number;
  readonly unreachableIds: readonly string[];
}

export interface CycleWorkflowInput {
  readonly cycleId: string;
  readonly carried?: CarriedCycle;
  /** Continue as new after this many commands in one run (at most 1,900: Temporal allows 2,000 updates per run). */
  readonly commandsPerRun?: number;
}

export interface CycleWorkflowResult {
  readonly cycleId: string;
  readonly revision: number;
  readonly completedAt: string;
}
