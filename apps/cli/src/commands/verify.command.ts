import { writeFileSync } from 'node:fs';
import { bothLanguages, chainFindingText } from '@ledelsesrum/messages';
import { createProgressReporter, verifyStore, type ProgressReporter, type VerifyResult } from '@ledelsesrum/audit';
import { openExistingStore } from './existing-store';
import { parseVerifyArgs } from './verify-args';

export { VERIFY_USAGE } from './verify-args';

/** Below this many events verifying takes a blink: no progress lines. */
const PROGRESS_FROM = 10_000;

const KIND_DA = { changed: 'ændret', deleted: 'slettet', inserted: 'indsat', reordered: 'omrokeret' } as const;

/**
 * `verify [--head-out FILE] [--head FILE]`, read straight from the event store the configuration names (no token, no
 * running system). The verdict goes to stdout, progress to stderr. Returns the exit code: 0 when the chain is intact
 * (and the head given still holds), 1 otherwise; a usage error is thrown with exit code 2.
 */
export async function verifyCommand(args: readonly string[]): Promise<number> {
  const options = parseVerifyArgs(args);
  const store = await openExistingStore();
  let progress: ProgressReporter | undefined;
  let result: VerifyResult;
  try {
    result = await verifyStore(store, {
      ...(options.head && { head: options.head }),
      onProgress: (done, total) => {
        if (progress === undefined && (total ?? done) < PROGRESS_FROM) return;
        progress ??= createProgressReporter({
          verb: { da: 'verificeret', en: 'verified' },
          unit: { da: 'hændelser', en: 'events' },
          output: process.stderr,
          total,
        });
        progress.update(done, total);
      },
    });
  } finally {
    progress?.finish();
    await store.close();
  }

  const lines = [verdict(result)];
  let ok = result.intact;
  if (options.head !== undefined) {
    const check = result.headCheck!;
    const { position, chainHash } = options.head;
    lines.push(
      check.holds
        ? `Hovedet holder / The head holds: position ${position}, ${chainHash}`
        : `Hovedet holder ikke længere / The head no longer holds: position ${position}, ${chainHash}\n  ${bothLanguages(chainFindingText(check.finding))}`,
    );
    ok &&= check.holds;
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  if (options.headOut !== undefined) {
    // A head that no longer holds means the chain was rewritten: never save the rewrite as the next trusted head.
    if (!ok || !result.intact || result.head === null) {
      process.stderr.write(
        ok
          ? 'Lageret er tomt: intet hoved at gemme / The store is empty: no head to write\n'
          : 'Kæden eller hovedet holder ikke: intet hoved gemt / The chain or the head does not hold: no head written\n',
      );
      return 1;
    }
    writeFileSync(options.headOut, `${JSON.stringify(result.head, null, 2)}\n`);
    process.stderr.write(`Hovedet er gemt i / Head written to ${options.headOut}\n`);
  }
  return ok ? 0 : 1;
}

function verdict(result: VerifyResult): string {
  if (result.intact) {
    const counts = `${result.events} hændelser i ${result.streams} forløb / ${result.events} events in ${result.streams} streams`;
    const head =
      result.head === null
        ? 'intet hoved / no head'
        : `hoved / head: position ${result.head.position}, ${result.head.chainHash}`;
    return `Intakt / Intact: ${counts}; ${head}`;
  }
  const found = result.break;
  const where = `forløb / stream ${found.streamId ?? '?'}, revision ${found.revision ?? '?'}, position ${found.position}`;
  return `Brudt / Broken: ${KIND_DA[found.kind]} / ${found.kind}: ${where}\n  ${bothLanguages(chainFindingText(found.finding))}`;
}
