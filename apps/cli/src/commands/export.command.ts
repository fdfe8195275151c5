import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { createProgressReporter, exportEvents, type ExportSummary, type ProgressReporter } from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';
import { openExistingStore } from './existing-store';
import { parseExportArgs, type ExportArgs } from './export-args';

export { EXPORT_USAGE } from './export-args';

/** Below this many events an export takes a blink: no progress lines. */
const PROGRESS_FROM = 10_000;

/**
 * `export [--format jsonl|csv] [--stream S] [--from ISO] [--to ISO] [--out FILE]`, read straight from the event store
 * the configuration names, so an auditor needs no token and no running system. The events go to stdout or the file,
 * progress and the summary to stderr. A file is written as `<FILE>.part` and renamed when complete, so a file by
 * the name asked for is always a whole export.
 */
export async function exportCommand(args: readonly string[]): Promise<void> {
  const options = parseExportArgs(args);
  const store = await openExistingStore();
  try {
    const summary = options.out
      ? await exportToFile(store, options, options.out)
      : await exportToStdout(store, options);
    if (summary) {
      const where = options.out ?? 'stdout';
      process.stderr.write(`Eksporterede / Exported ${summary.events} hændelser / events → ${where}\n`);
    }
  } finally {
    await store.close();
  }
}

async function exportToFile(store: EventStore, options: ExportArgs, path: string): Promise<ExportSummary> {
  const partial = `${path}.part`;
  const out = createWriteStream(partial);
  try {
    const summary = await run(store, out, options);
    out.end();
    await once(out, 'close');
    renameSync(partial, path);
    return summary;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Undefined when the reader went away early (`export | head`): that is no failure. */
async function exportToStdout(store: EventStore, options: ExportArgs): Promise<ExportSummary | undefined> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => {
    failure = error;
    process.stdout.destroy();
  };
  process.stdout.on('error', onError);
  try {
    return await run(store, process.stdout, options);
  } catch (error) {
    // Once stdout failed, that failure is the news, whichever way the export noticed it.
    if (failure === undefined) throw error;
    if (failure.code === 'EPIPE') return undefined;
    throw failure;
  } finally {
    process.stdout.off('error', onError);
  }
}

/** The export itself, with progress on stderr once it is long enough to need it. */
async function run(store: EventStore, out: Writable, options: ExportArgs): Promise<ExportSummary> {
  // Without a time window the size is known up front (the head of the log, a stream's last revision), so the
  // progress shows a bar and the time left.
  const windowed = options.from !== undefined || options.to !== undefined;
  const total = windowed
    ? undefined
    : options.stream === undefined
      ? await store.headPosition()
      : ((await store.readStream(options.stream, { direction: 'backwards', maxCount: 1 }))[0]?.revision ?? -1) + 1;
  // Made now, so its rate counts from the start; it writes nothing before its first update.
  const progress: ProgressReporter = createProgressReporter({
    verb: { da: 'eksporteret', en: 'exported' },
    unit: { da: 'hændelser', en: 'events' },
    output: process.stderr,
    total,
  });
  let shown = false;
  const summary = await exportEvents(store, out, {
    ...options,
    onProgress: ({ events }) => {
      if (!shown && events < PROGRESS_FROM) return;
      shown = true;
      progress.update(events);
    },
  });
  if (shown) progress.finish();
  return summary;
}
