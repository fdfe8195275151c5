import { cycleStreamId, ID_PATTERN, ORGANISATION_STREAM, PUBLICATION_STREAM } from '@ledelsesrum/domain';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';

/** Which events an export holds: all of them, or one stream; optionally only those recorded in a time window. */
export interface ExportSelection {
  /** The organisation's stream or a cycle's (see `streams.ts` in the domain); absent: every stream, in global order. */
  readonly stream?: string;
  /** Inclusive: events recorded at or after this moment. */
  readonly from?: Date;
  /** Exclusive: events recorded before this moment, so consecutive windows never share an event. */
  readonly to?: Date;
}

/** The streams there are: the organisation, the publication, and one per cycle (named by the domain from its id). */
export const EXPORT_STREAM_PATTERN = new RegExp(
  `^(${ORGANISATION_STREAM}|${PUBLICATION_STREAM}|${cycleStreamId(ID_PATTERN.source.slice(1, -1))})$`,
);
export const EXPORT_STREAM_RULE = `${ORGANISATION_STREAM}, ${PUBLICATION_STREAM} eller/or ${cycleStreamId('<id>')}`;

/**
 * An instant: a date, a time and a zone (`Z` or an offset), e.g. `2027-03-11T09:00:00+01:00`. Without a zone the same
 * text means different moments on different machines, so it is refused.
 */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant the text names, or undefined when it is not one (wrong shape or an impossible date). */
export function parseInstant(text: string): Date | undefined {
  if (!INSTANT_PATTERN.test(text)) return undefined;
  const date = new Date(text);
  // `Date` rolls 2027-02-30 over into March: an impossible date must not pass as another one.
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Why a selection cannot be exported, or undefined when it can. */
export function selectionProblem(selection: ExportSelection): string | undefined {
  if (selection.stream !== undefined && !EXPORT_STREAM_PATTERN.test(selection.stream)) {
    return `stream: ${EXPORT_STREAM_RULE}`;
  }
  if (selection.from && selection.to && selection.to.getTime() <= selection.from.getTime()) {
    return 'to skal ligge efter from / to must be after from';
  }
  return undefined;
}

/**
 * The selected events, one page at a time, so that no more than a page is ever held. The whole log is paged by
 * position, one stream by revision; the time window filters on `recordedAt` (the store's clock may step back, so
 * positions are not assumed to be in time order and every page is read).
 */
export async function* selectedPages(
  store: EventStore,
  selection: ExportSelection,
  pageSize: number,
): AsyncGenerator<RecordedEvent[]> {
  const from = selection.from?.getTime() ?? -Infinity;
  const to = selection.to?.getTime() ?? Infinity;
  const inWindow = (event: RecordedEvent) => {
    const at = Date.parse(event.recordedAt);
    return at >= from && at < to;
  };
  let next = 0;
  for (;;) {
    const page =
      selection.stream === undefined
        ? await store.readAll({ afterPosition: next, maxCount: pageSize })
        : await store.readStream(selection.stream, { fromRevision: next, maxCount: pageSize });
    if (page.length === 0) return;
    const last = page[page.length - 1]!;
    next = selection.stream === undefined ? last.position : last.revision + 1;
    const selected = selection.from || selection.to ? page.filter(inWindow) : page;
    if (selected.length > 0) yield selected;
    if (page.length < pageSize) return;
  }
}
