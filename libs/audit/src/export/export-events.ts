import type { Writable } from 'node:stream';
import type { EventStore } from '@ledelsesrum/event-store';
import { formatter, toExportRecord, type ExportFormat } from './export-format';
import { selectedPages, type ExportSelection } from './export-selection';
import { writeWithBackpressure } from './write-with-backpressure';

/** How far an export has come: called after every page written. */
export type ExportProgressListener = (progress: { readonly events: number; readonly position: number }) => void;

export interface ExportOptions extends ExportSelection {
  readonly format: ExportFormat;
  /** Events read per query; memory holds about one page at a time. Default 1,000. */
  readonly pageSize?: number;
  readonly onProgress?: ExportProgressListener;
}

export interface ExportSummary {
  /** How many events were written. */
  readonly events: number;
  /** The global position of the last event written; 0 when none was. */
  readonly lastPosition: number;
}

/**
 * Writes the selected events to `out` as JSON Lines or CSV, a page at a time, waiting whenever `out` is full: memory
 * stays at about one page whatever the size of the store. The events are written as stored (names and e-mails
 * stay encrypted). `out` is left open: the caller ends it (a file) or not (stdout).
 */
export async function exportEvents(store: EventStore, out: Writable, options: ExportOptions): Promise<ExportSummary> {
  const { preamble, row } = formatter(options.format);
  if (preamble) await writeWithBackpressure(out, preamble);
  let events = 0;
  let lastPosition = 0;
  for await (const page of selectedPages(store, options, options.pageSize ?? 1_000)) {
    // One write per page: fewer, larger chunks than one per event, and still only a page in memory.
    await writeWithBackpressure(out, page.map((event) => row(toExportRecord(event))).join(''));
    events += page.length;
    lastPosition = page[page.length - 1]!.position;
    options.onProgress?.({ events, position: lastPosition });
  }
  return { events, lastPosition };
}
