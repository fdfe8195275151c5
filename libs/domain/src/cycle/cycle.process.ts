import type { CycleEvent } from './cycle.events';

/**
 * The events that change what a cycle's process waits for: its start, a stage it waits on (the agenda, prep, the
 * summary), the schedule its timers follow, a corrected agenda (errata to send), and the end (completed or cancelled). A confirmation wakes it only by completing the cycle. The
 * messages it records itself wake nothing: it reads the cycle again after recording them.
 */
const WAKING: ReadonlySet<string> = new Set<CycleEvent['type']>([
  'CycleLaunched',
  'AgendaSet',
  'PrepSent',
  'SummaryPublished',
  'ScheduleChanged',
  'CycleCompleted',
  'AgendaCorrected',
  'CycleCancelled',
]);

export function wakesCycleProcess(eventType: string): boolean {
  return WAKING.has(eventType);
}
