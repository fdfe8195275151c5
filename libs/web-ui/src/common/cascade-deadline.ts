import { addDuration, formatDateTime, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { say, type Language } from './text';

/** When the leaders' cascade is due: the schedule's deadline counted from the summary; unknown before it is out. */
export function cascadeDeadline(cycle: Pick<LaunchedCycle, 'summary' | 'schedule'>): string | undefined {
  return cycle.summary ? addDuration(cycle.summary.publishedAt, cycle.schedule.deadline) : undefined;
}

/** The deadline as a Danish (or English) date and time, or that it is set when the summary is published. */
export function deadlineText(language: Language, cycle: Pick<LaunchedCycle, 'summary' | 'schedule'>): string {
  const deadline = cascadeDeadline(cycle);
  return deadline ? formatDateTime(language, deadline) : say(language, message('web.record.deadline.after-summary'));
}
