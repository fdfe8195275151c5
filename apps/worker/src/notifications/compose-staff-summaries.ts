import {
  DISTRIBUTION_LIST_AUDIENCE,
  PUBLICATION_STREAM,
  distributionListsAt,
  type DistributionList,
  type LaunchedCycle,
  type PublicationEvent,
} from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { staffSummary } from '@ledelsesrum/notifications';
import { CycleReadModel, readStaffSummary, type StaffSummary } from '@ledelsesrum/projections';
import type { ComposedMessage } from './compose-round';

/** Where the published summaries for staff come from, and where their page is. */
export interface StaffSummarySource {
  /** The distribution lists in force at `at`. */
  listsAt(at: string): Promise<readonly DistributionList[]>;
  /** The round's staff page as it reads now; undefined once it is no longer published. */
  summary(cycleId: string): Promise<StaffSummary | undefined>;
  staffUrl(cycleId: string): string;
}

/**
 * One message per distribution list in force when the summary was published, with the staff page's content. A list
 * set after the publication, even before these are sent, is not one the summary was published to. Two lists of one
 * address get one message, under the first one's name: the key is the address's.
 */
export async function composeStaffSummaries(
  cycle: LaunchedCycle,
  source: StaffSummarySource,
): Promise<ComposedMessage[]> {
  if (!cycle.summary) return [];
  const lists = await source.listsAt(cycle.summary.publishedAt);
  const page = lists.length === 0 ? undefined : await source.summary(cycle.id);
  if (!page) return [];
  const byAddress = new Map<string, DistributionList>();
  for (const list of lists)
    if (!byAddress.has(list.address.toLowerCase())) byAddress.set(list.address.toLowerCase(), list);
  return [...byAddress.values()].map(({ name, address }) => ({
    kind: 'staff-summary',
    recipientIds: [],
    audience: DISTRIBUTION_LIST_AUDIENCE,
    list: { name, address },
    message: staffSummary({
      cycleId: cycle.id,
      theme: page.theme,
      meetingDate: page.meetingDate,
      summaryText: page.text,
      keyPoints: page.keyPoints,
      coming: page.coming,
      staffUrl: source.staffUrl(cycle.id),
      list: { name, email: address },
    }),
  }));
}

/**
 * The source over the event store. The page needs every round (what comes next), so it is read from a read model
 * built for this once and stopped: a summary is published a few times a year.
 */
export function storedStaffSummaries(store: EventStore, publicUrl: string): StaffSummarySource {
  return {
    async listsAt(at) {
      const events = await store.readStream(PUBLICATION_STREAM);
      return distributionListsAt(
        events.map((event) => ({ type: event.type, data: event.data }) as PublicationEvent),
        at,
      );
    },
    async summary(cycleId) {
      const readModel = new CycleReadModel(store);
      try {
        await readModel.start();
        return await readStaffSummary(store, readModel, cycleId);
      } finally {
        await readModel.stop();
      }
    },
    // The web interface's staff page of the round (`/medarbejder/cykler/:id`).
    staffUrl: (cycleId) => new URL(`/medarbejder/cykler/${encodeURIComponent(cycleId)}`, publicUrl).href,
  };
}
