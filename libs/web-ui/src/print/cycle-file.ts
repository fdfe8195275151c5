import type { CascadeConfirmed, LaunchedCycle, MeetingRecorded } from '@ledelsesrum/domain';
import type { CycleHistoryEntry } from '@ledelsesrum/projections';

/** Names for the ids a cycle refers to, as the organisation knows them now (PeopleDirectory on the pages). */
export interface Names {
  personName(id: string): string;
  groupName(id: string): string;
}

/**
 * What the printed documents of a meeting round are made from: its state, its whole history (a meeting's key points
 * and a cascade's channel are only in the events) and the names of its people and groups.
 */
export interface CycleFile {
  readonly state: LaunchedCycle;
  readonly history: readonly CycleHistoryEntry[];
  readonly names: Names;
}

/** The data of the history's events of one type, in order. */
export function eventsOfType<E extends MeetingRecorded | CascadeConfirmed>(
  history: readonly CycleHistoryEntry[],
  type: E['type'],
): E['data'][] {
  return history.filter((entry) => entry.type === type).map((entry) => entry.data as E['data']);
}

/** Each group's meeting as last recorded: a later record of the same group's meeting stands in for the earlier. */
export function meetingsByGroup(history: readonly CycleHistoryEntry[]): ReadonlyMap<string, MeetingRecorded['data']> {
  return new Map(
    eventsOfType<MeetingRecorded>(history, 'MeetingRecorded').map((meeting) => [meeting.groupId, meeting]),
  );
}
