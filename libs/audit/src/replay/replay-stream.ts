import { ORGANISATION_STREAM, PUBLICATION_STREAM, cycleStreamId } from '@ledelsesrum/domain';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';
import {
  eventsUntil,
  foldCycleEvents,
  foldOrganisationEvents,
  organisationById,
  toCycleDetails,
  type CycleDetails,
  type OrganisationById,
  type ReplayPoint,
} from '@ledelsesrum/projections';
import type { ProgressReporter } from '../progress';
import { describeCycleEvent } from './describe-cycle-event';
import { describeOrganisationEvent } from './describe-organisation-event';
import { describePublicationEvent } from './describe-publication-event';
import type { Description } from './description';
import { toTimelineEntry, type TimelineEntry } from './timeline';

/** A stream as it was at a point: its state then (null before it began) and every event up to it, described. */
export interface StreamReplay<State> {
  readonly streamId: string;
  /** The point asked for: a revision, or a moment as ISO-8601. */
  readonly until: { readonly revision: number } | { readonly at: string };
  /** The last revision included (-1: none yet), and the stream's last revision now. */
  readonly revision: number;
  readonly latestRevision: number;
  readonly state: State | null;
  readonly timeline: readonly TimelineEntry[];
}

/**
 * Progress for a replay, once its size is known: a reporter, or undefined for none (a short replay). The reporter
 * is `createProgressReporter` from `../progress`.
 */
export type ReplayProgress = (total: number) => ProgressReporter | undefined;

/** Progress is reported every this many events. */
const PROGRESS_STEP = 1000;

/**
 * A cycle as it was at a revision or a moment, folded with the domain's own `evolve` and shown as
 * `GET /api/cycles/:id` shows the cycle now. Undefined when the cycle has no events at all (unknown).
 */
export async function replayCycleAt(
  store: EventStore,
  cycleId: string,
  until: ReplayPoint,
  progress?: ReplayProgress,
): Promise<StreamReplay<CycleDetails> | undefined> {
  const streamId = cycleStreamId(cycleId);
  const all = await store.readStream(streamId);
  if (all.length === 0) return undefined;
  const included = eventsUntil(all, until);
  const { state, revision } = foldCycleEvents(included);
  return {
    ...replayed(streamId, until, all, revision, describeAll(included, describeCycleEvent, progress)),
    state: state.status === 'launched' ? toCycleDetails(state, revision) : null,
  };
}

/** The organisation as it was at a revision or a moment: people by id, no names or e-mail addresses. */
export async function replayOrganisationAt(
  store: EventStore,
  until: ReplayPoint,
  progress?: ReplayProgress,
): Promise<StreamReplay<OrganisationById>> {
  const all = await store.readStream(ORGANISATION_STREAM);
  const included = eventsUntil(all, until);
  const { state, revision } = foldOrganisationEvents(included);
  return {
    ...replayed(ORGANISATION_STREAM, until, all, revision, describeAll(included, describeOrganisationEvent, progress)),
    state: included.length > 0 ? organisationById(state, revision) : null,
  };
}

/** Every event of the publication stream (the staff feed's tokens, the distribution lists), described. It has no state worth replaying. */
export async function publicationTimeline(store: EventStore): Promise<TimelineEntry[]> {
  const all = await store.readStream(PUBLICATION_STREAM);
  return describeAll(all, describePublicationEvent, undefined);
}

function replayed(
  streamId: string,
  until: ReplayPoint,
  all: readonly RecordedEvent[],
  revision: number,
  timeline: TimelineEntry[],
): Omit<StreamReplay<never>, 'state'> {
  return {
    streamId,
    until: 'revision' in until ? { revision: until.revision } : { at: until.at.toISOString() },
    revision,
    latestRevision: all.at(-1)?.revision ?? -1,
    timeline,
  };
}

function describeAll(
  events: readonly RecordedEvent[],
  describe: (type: string, data: unknown) => Description,
  progressFor: ReplayProgress | undefined,
): TimelineEntry[] {
  const progress = progressFor?.(events.length);
  const timeline: TimelineEntry[] = [];
  for (const event of events) {
    timeline.push(toTimelineEntry(event, describe));
    if (timeline.length % PROGRESS_STEP === 0) progress?.update(timeline.length, events.length);
  }
  progress?.update(timeline.length, events.length);
  progress?.finish();
  return timeline;
}
