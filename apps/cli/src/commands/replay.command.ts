import { createProgressReporter, replayCycleAt, replayOrganisationAt, type ReplayProgress } from '@ledelsesrum/audit';
import { openExistingStore } from './existing-store';
import { parseReplayArgs } from './replay-args';
import { cycleReplayText, organisationReplayText } from './replay-output';

export { REPLAY_USAGE, UsageError } from './replay-args';

/** Below this many events a replay takes a blink: no progress lines. */
const PROGRESS_FROM = 10_000;

/** A bar on a terminal, plain lines otherwise, on stderr so that stdout stays the replay alone. */
const progressOnStderr: ReplayProgress = (total) =>
  total < PROGRESS_FROM
    ? undefined
    : createProgressReporter({
        verb: { da: 'genafspillet', en: 'replayed' },
        unit: { da: 'hændelser', en: 'events' },
        output: process.stderr,
        total,
      });

/**
 * `replay <cycle-id>|organisation [--at <instant> | --revision <n>] [--json]`: the stream as it was then and its
 * timeline, read straight from the event store the configuration names (as the worker opens it), not through the
 * API, so an auditor needs no token and no running system. Returns what to print on stdout.
 */
export async function replayCommand(args: readonly string[]): Promise<string> {
  const { target, until = { at: new Date() }, json } = parseReplayArgs(args);
  const store = await openExistingStore();
  try {
    if (target === 'organisation') {
      const replay = await replayOrganisationAt(store, until, progressOnStderr);
      return json ? JSON.stringify(replay, null, 2) : organisationReplayText(replay);
    }
    const replay = await replayCycleAt(store, target, until, progressOnStderr);
    if (replay === undefined) throw new Error(`Ukendt møderunde / Unknown meeting round: ${target}`);
    return json ? JSON.stringify(replay, null, 2) : cycleReplayText(replay, target);
  } finally {
    await store.close();
  }
}
