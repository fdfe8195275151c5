import { cycleStreamId, type CascadeConfirmed, type CycleEvent, type MeetingRecorded } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';

/** What a group's facilitator recorded about its meeting, as the event holds it. */
export type MeetingMinutes = MeetingRecorded['data'];

/** How a leader passed the summary on; `note` is sealed with the leader's key (plain text in older events). */
export type PassedOn = CascadeConfirmed['data'];

/**
 * What the cycle's state leaves in its events (it keeps only what decisions need): each group's meeting record and
 * each leader's confirmation, the latest of each. The state still says whether a confirmation stands.
 */
export interface CycleRecord {
  readonly meetings: ReadonlyMap<string, MeetingMinutes>;
  readonly confirmations: ReadonlyMap<string, PassedOn>;
}

export async function readCycleRecord(store: EventStore, cycleId: string): Promise<CycleRecord> {
  const events = (await store.readStream(cycleStreamId(cycleId))) as unknown as CycleEvent[];
  const meetings = new Map<string, MeetingMinutes>();
  const confirmations = new Map<string, PassedOn>();
  for (const event of events) {
    if (event.type === 'MeetingRecorded') meetings.set(event.data.groupId, event.data);
    if (event.type === 'CascadeConfirmed') confirmations.set(event.data.personId, event.data);
  }
  return { meetings, confirmations };
}
