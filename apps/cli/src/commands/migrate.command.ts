import { createProgressReporter, migrateStore, type ProgressReporter } from '@ledelsesrum/audit';
import { describeEventStoreUrl } from '@ledelsesrum/config';
import { isEventCopyTarget, type EventStore } from '@ledelsesrum/event-store';
import { openEventStore } from '@ledelsesrum/event-store-open';
import { bothLanguages, chainFindingText } from '@ledelsesrum/messages';
import { parseMigrateArgs } from './migrate-args';

export { MIGRATE_USAGE } from './migrate-args';

/**
 * `migrate --from URL --to URL`: copies the whole log to another store (see migrateStore), with progress on stderr,
 * then verifies the target. Stop the API and the workers first: events appended to the source meanwhile are copied by
 * running it again. Returns the exit code: 0 copied and intact, 1 otherwise (2, usage, is thrown).
 */
export async function migrateCommand(args: readonly string[]): Promise<number> {
  const { from, to } = parseMigrateArgs(args);
  const source = await openEventStore(from);
  let target: EventStore | undefined;
  let copying: ProgressReporter | undefined;
  let verifying: ProgressReporter | undefined;
  try {
    target = await openEventStore(to);
    if (!isEventCopyTarget(target)) throw new Error(`${to.kind}: kan ikke tage imod en kopi / cannot take a copy`);
    process.stderr.write(`Kopierer / Copying ${describeEventStoreUrl(from.url)} → ${describeEventStoreUrl(to.url)}\n`);
    const result = await migrateStore(source, target, {
      onProgress: (copied, total) => {
        copying ??= createProgressReporter({
          verb: { da: 'kopieret', en: 'copied' },
          unit: { da: 'hændelser', en: 'events' },
          output: process.stderr,
          total,
        });
        copying.update(copied, total);
      },
      onVerifyProgress: (done, total) => {
        copying?.finish();
        verifying ??= createProgressReporter({
          verb: { da: 'verificeret', en: 'verified' },
          unit: { da: 'hændelser', en: 'events' },
          output: process.stderr,
          total,
        });
        verifying.update(done, total);
      },
    });
    copying?.finish();
    verifying?.finish();
    const { verification } = result;
    const resumed = result.alreadyThere > 0 ? ` (${result.alreadyThere} var der allerede / were there already)` : '';
    process.stdout.write(
      verification.intact
        ? `Kopieret / Copied: ${result.copied} hændelser / events${resumed}; målet er intakt / the target is intact: ` +
            `${verification.events} hændelser i / events in ${verification.streams} forløb / streams\n`
        : `Målet er IKKE intakt / The target is NOT intact: ${bothLanguages(chainFindingText(verification.break.finding))}\n`,
    );
    return verification.intact ? 0 : 1;
  } finally {
    await Promise.all([source.close(), target?.close()]);
  }
}
