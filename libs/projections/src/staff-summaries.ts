import type { CycleStage, LaunchedCycle } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { readMeetingRecords } from './cycle-history';
import type { CycleReadModel } from './cycle-read-model';

/** A round's published summary as the organisation reads it: nothing about who said or confirmed what. */
export interface PublishedSummary {
  readonly id: string;
  readonly theme: string;
  readonly meetingDate: string;
  /** When the round was launched: it never changes, so the feed names the entry by it. */
  readonly launchedAt: string;
  readonly publishedAt: string;
  /** Chefgruppen's summary, as Markdown. */
  readonly text: string;
}

/** A round planned but not yet held: its theme and meeting date are what staff can know of what comes next. */
export interface ComingRound {
  readonly theme: string;
  readonly meetingDate: string;
}

/** The staff page of a round: the summary, what the groups worked on across all groups, and what comes next. */
export interface StaffSummary extends PublishedSummary {
  /** Every group's key points, each once, in the order the meetings were recorded; never who wrote them. */
  readonly keyPoints: readonly string[];
  readonly coming: readonly ComingRound[];
}

/** The stages before the groups' meetings are held. */
const NOT_YET_HELD: readonly CycleStage[] = ['launched', 'agenda_set', 'prep_sent'];

function launchedCycles(readModel: CycleReadModel): LaunchedCycle[] {
  return readModel.list().flatMap((view) => {
    const state = readModel.get(view.id)?.state;
    return state?.status === 'launched' ? [state] : [];
  });
}

function published(state: LaunchedCycle): PublishedSummary | undefined {
  if (!state.summary || state.cancelled) return undefined;
  const { id, theme, meetingDate, launchedAt } = state;
  return { id, theme, meetingDate, launchedAt, publishedAt: state.summary.publishedAt, text: state.summary.text };
}

/** Every published summary of a round not called off, the newest publication first. */
export function publishedSummaries(readModel: CycleReadModel): PublishedSummary[] {
  return launchedCycles(readModel)
    .flatMap((state) => published(state) ?? [])
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}

/** The rounds not yet held nor called off, the soonest first. */
export function comingRounds(readModel: CycleReadModel): ComingRound[] {
  return launchedCycles(readModel)
    .filter((state) => NOT_YET_HELD.includes(state.stage) && !state.cancelled)
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))
    .map(({ theme, meetingDate }) => ({ theme, meetingDate }));
}

/** The round's staff page, or undefined when there is no such round or its summary is not (or no longer) published. */
export async function readStaffSummary(
  store: EventStore,
  readModel: CycleReadModel,
  cycleId: string,
): Promise<StaffSummary | undefined> {
  const state = readModel.get(cycleId)?.state;
  const summary = state?.status === 'launched' ? published(state) : undefined;
  if (!summary) return undefined;
  const records = (await readMeetingRecords(store, cycleId)) ?? [];
  const keyPoints = [...new Set(records.flatMap((record) => record.keyPoints))];
  return { ...summary, keyPoints, coming: comingRounds(readModel) };
}
