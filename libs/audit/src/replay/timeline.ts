import type { RecordedEvent } from '@ledelsesrum/event-store';
import { toHistoryEntry, type CycleHistoryEntry } from '@ledelsesrum/projections';
import { copenhagenTime } from '@ledelsesrum/domain';
import type { Description } from './description';

/** One line of an auditor's timeline: the event as the audit trail holds it, its Copenhagen time and its meaning. */
export interface TimelineEntry extends Omit<CycleHistoryEntry, 'data'> {
  /** `recordedAt` in Copenhagen time, `2027-03-11 10:15:02`. */
  readonly time: string;
  readonly description: Description;
}

export function toTimelineEntry(
  event: RecordedEvent,
  describe: (type: string, data: unknown) => Description,
): TimelineEntry {
  const { data, ...entry } = toHistoryEntry(event);
  return { ...entry, time: copenhagenTime(event.recordedAt), description: describe(event.type, data) };
}

/** Who, as a line shows them: `p-7 (facilitator, leader)`, `@system (system)`, or `?` where nothing was recorded. */
export function actorLabel(actor: TimelineEntry['actor']): string {
  const roles = actor.roles && actor.roles.length > 0 ? ` (${actor.roles.join(', ')})` : '';
  return `${actor.id ?? '?'}${roles}`;
}

/**
 * One readable line: time, revision, actor with roles, request (id, and `via` a personal link), workflow run, and
 * what happened in Danish / English. The workflow's own events have no request: `-`.
 */
export function formatTimelineLine(entry: TimelineEntry): string {
  const request = `${entry.requestId ?? '-'}${entry.via ? ` via ${entry.via}` : ''}`;
  const run = entry.workflowRunId ? `  run ${entry.workflowRunId.slice(0, 8)}` : '';
  const { da, en } = entry.description;
  return `${entry.time}  #${entry.revision}  ${actorLabel(entry.actor)}  req ${request}${run}  ${da} / ${en}`;
}
