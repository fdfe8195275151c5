import {
  toCycleView,
  type CycleSchedule,
  type CycleView,
  type LaunchedCycle,
  type MeetingPlan,
  type NoticeProgress,
} from '@ledelsesrum/domain';

/**
 * One cycle as `GET /api/cycles/:id` shows it: the view every command answers with, plus what chefgruppen steers
 * by. Apart from CycleView, so the view the workflow and the commands share stays as it was.
 */
export interface CycleDetails extends CycleView {
  readonly meeting: MeetingPlan;
  /** `prepSendAt` as UTC; reminders and the deadline count from the summary's publication. */
  readonly schedule: CycleSchedule;
  /** Which of the rounds the cycle sends by itself are done: each as the moment it was, reminders as a count. */
  readonly notices: NoticeProgress;
  /** Present once chefgruppen closed the cycle; the exceptions are those who had not confirmed. */
  readonly closed?: { readonly reason: string; readonly exceptionIds: readonly string[]; readonly at: string };
  /** Present once chefgruppen called the cycle off. */
  readonly cancelled?: { readonly reason: string; readonly at: string };
}

export function toCycleDetails(state: LaunchedCycle, revision: number): CycleDetails {
  const { meeting, schedule, notices, closed, cancelled } = state;
  return {
    ...toCycleView(state, revision),
    meeting,
    schedule,
    notices,
    ...(closed ? { closed } : {}),
    ...(cancelled ? { cancelled } : {}),
  };
}
