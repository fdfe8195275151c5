import {
  cycleStreamId,
  evolveCycle,
  toCycleView,
  type CycleEvent,
  type CycleState,
  type CycleView,
} from '@ledelsesrum/domain';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';
import type { TakenUpIn } from './cycle-read-model';
import { eventOrigin, type EventOrigin } from './event-origin';

/** One event of a stream as the audit trail shows it: what, when, and who caused it through which request and run. */
export interface CycleHistoryEntry extends EventOrigin {
  readonly id: string;
  readonly type: string;
  readonly revision: number;
  readonly recordedAt: string;
  readonly data: unknown;
}

/** Any stream's event (the organisation's too) as a history entry. */
export function toHistoryEntry(event: RecordedEvent): CycleHistoryEntry {
  const { actor, ...origin } = eventOrigin(event.metadata);
  return {
    id: event.id,
    type: event.type,
    revision: event.revision,
    recordedAt: event.recordedAt,
    actor,
    ...origin,
    data: event.data,
  };
}

export async function readCycleHistory(store: EventStore, cycleId: string): Promise<CycleHistoryEntry[]> {
  const events = await store.readStream(cycleStreamId(cycleId));
  return events.map(toHistoryEntry);
}

/** A revision of a stream, or a moment: the events recorded up to and including it. */
export type ReplayPoint = { readonly revision: number } | { readonly at: Date };

/** The events of a stream's history (in order) that were there at `until`: always a prefix. */
export function eventsUntil<E extends RecordedEvent>(events: readonly E[], until: ReplayPoint): E[] {
  const included = (event: RecordedEvent) =>
    'revision' in until ? event.revision <= until.revision : Date.parse(event.recordedAt) <= until.at.getTime();
  const cut = events.findIndex((event) => !included(event));
  return cut < 0 ? [...events] : events.slice(0, cut);
}

/** Folds a cycle's events with the domain's own `evolve`; revision -1 for none. */
export function foldCycleEvents(events: readonly RecordedEvent[]): { state: CycleState; revision: number } {
  let state: CycleState = { status: 'not_launched' };
  for (const event of events) state = evolveCycle(state, event as unknown as CycleEvent);
  return { state, revision: events.at(-1)?.revision ?? -1 };
}

/**
 * The cycle as it was at a revision or a moment, replayed from its events with the same `evolve` the workflow
 * uses. Undefined when the cycle had not been launched by then.
 */
export async function replayCycle(
  store: EventStore,
  cycleId: string,
  until: ReplayPoint,
): Promise<CycleView | undefined> {
  const { state, revision } = foldCycleEvents(eventsUntil(await store.readStream(cycleStreamId(cycleId)), until));
  return state.status === 'launched' ? toCycleView(state, revision) : undefined;
}

/** One group's "input til chefgruppen" from its meeting in a cycle. */
export interface GroupInput {
  readonly groupId: string;
  readonly facilitatorId: string;
  readonly heldAt: string;
  readonly items: readonly string[];
  /** Present only when a later cycle took up one or more of the items: which, and where. */
  readonly takenUp?: readonly { readonly item: number; readonly takenUpIn: readonly TakenUpIn[] }[];
}

/** Where an item (from 0) of a group's input in this cycle was taken up; the read model knows across cycles. */
export type TakenUpLookup = (groupId: string, item: number) => readonly TakenUpIn[];

/**
 * What every group sent up to chefgruppen in a cycle, in the order the meetings were recorded, with the facilitator
 * the group had at launch and, given `takenUpIn`, the later cycles that took items up. Undefined when there is no
 * such cycle.
 */
export async function readCycleInput(
  store: EventStore,
  cycleId: string,
  takenUpIn?: TakenUpLookup,
): Promise<GroupInput[] | undefined> {
  const records = await readMeetingRecords(store, cycleId);
  if (!records) return undefined;
  return records.map(({ groupId, facilitatorId, heldAt, inputToChefgruppen: items }) => {
    const takenUp = takenUpIn
      ? items.flatMap((_text, item) => {
          const cycles = takenUpIn(groupId, item);
          return cycles.length > 0 ? [{ item, takenUpIn: cycles }] : [];
        })
      : [];
    return { groupId, facilitatorId, heldAt, items, ...(takenUp.length > 0 ? { takenUp } : {}) };
  });
}

/** A group's meeting record as it now reads: the first record, or its latest correction. */
export interface MeetingRecordEntry {
  readonly groupId: string;
  /** The facilitator the group had at launch. */
  readonly facilitatorId: string;
  readonly heldAt: string;
  readonly attendeeIds: readonly string[];
  readonly keyPoints: readonly string[];
  readonly inputToChefgruppen: readonly string[];
  readonly recordedBy: string;
  /** The latest correction: who, when and (after the summary) why. */
  readonly amended?: { readonly by: string; readonly at: string; readonly reason?: string };
}

/**
 * Every group's meeting record as it now reads, in the order the meetings were first recorded. Undefined when there
 * is no such cycle.
 */
export async function readMeetingRecords(
  store: EventStore,
  cycleId: string,
): Promise<MeetingRecordEntry[] | undefined> {
  const events = (await store.readStream(cycleStreamId(cycleId))) as unknown as (RecordedEvent & CycleEvent)[];
  const launch = events.find((event) => event.type === 'CycleLaunched');
  if (!launch || launch.type !== 'CycleLaunched') return undefined;
  const facilitators = new Map(launch.data.groups.map((group) => [group.id, group.facilitatorId]));
  const records = new Map<string, MeetingRecordEntry>();
  for (const event of events) {
    if (event.type === 'MeetingRecorded') {
      const { groupId, heldAt, attendeeIds, keyPoints, inputToChefgruppen, recordedBy } = event.data;
      const facilitatorId = facilitators.get(groupId) ?? '';
      const record = { groupId, facilitatorId, heldAt, attendeeIds, keyPoints, inputToChefgruppen, recordedBy };
      records.set(groupId, record);
    }
    const first = event.type === 'MeetingRecordAmended' ? records.get(event.data.groupId) : undefined;
    if (event.type === 'MeetingRecordAmended' && first) {
      const { heldAt, attendeeIds, keyPoints, inputToChefgruppen, amendedBy: by, at, reason } = event.data;
      const amended = { by, at, ...(reason === undefined ? {} : { reason }) };
      records.set(first.groupId, { ...first, heldAt, attendeeIds, keyPoints, inputToChefgruppen, amended });
    }
  }
  return [...records.values()];
}
