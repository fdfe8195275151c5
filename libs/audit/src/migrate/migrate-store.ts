import type { EventCopyTarget, EventStore, RecordedEvent } from '@ledelsesrum/event-store';
import { verifyStore } from '../verify/verify-store';
import type { VerifyResult } from '../verify/verify-types';

export interface MigrateOptions {
  /** Events per transaction on the target. */
  readonly pageSize?: number;
  /** Called after every page: events now in the target, of how many in the source. */
  readonly onProgress?: (copied: number, total: number) => void;
  /** Called as the verification of the target goes on. */
  readonly onVerifyProgress?: (done: number, total: number | undefined) => void;
  /** Stops between pages (what an interruption looks like); run again to go on from where it stopped. */
  readonly signal?: AbortSignal;
}

export interface MigrateResult {
  /** Events the target already held from an earlier, interrupted run (checked to be the source's own). */
  readonly alreadyThere: number;
  /** Events copied by this run. */
  readonly copied: number;
  /** The verification of the whole target at the end. */
  readonly verification: VerifyResult;
}

/** The target holds events that are not the source's: nothing is copied. */
export class MigrateTargetError extends Error {
  override readonly name = 'MigrateTargetError';
}

/**
 * Copies every event of `source` into `target` with its id, position, recording time, metadata and hashes, page by
 * page, each page one transaction on the target (EventCopyTarget.copyRecorded re-checks every hash as it stores it).
 * An interrupted run leaves a prefix of the source in the target; the next run checks that prefix's last event
 * against the source and goes on after it, so nothing is copied twice. Ends with a full verification of the target.
 */
export async function migrateStore(
  source: EventStore,
  target: EventStore & EventCopyTarget,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const pageSize = options.pageSize ?? 1000;
  const total = await source.headPosition();
  const alreadyThere = await target.headPosition();
  await checkPrefix(source, target, alreadyThere, total);
  let position = alreadyThere;
  options.onProgress?.(position, total);
  while (position < total) {
    options.signal?.throwIfAborted();
    const page: readonly RecordedEvent[] = await source.readAll({ afterPosition: position, maxCount: pageSize });
    if (page.length === 0) break;
    await target.copyRecorded(page);
    position = page[page.length - 1]!.position;
    options.onProgress?.(position, total);
  }
  const verification = await verifyStore(target, {
    ...(options.onVerifyProgress ? { onProgress: options.onVerifyProgress } : {}),
  });
  return { alreadyThere, copied: position - alreadyThere, verification };
}

/** A target that is not empty must hold exactly the source's first events: same last position, id and chain hash. */
async function checkPrefix(source: EventStore, target: EventStore, held: number, total: number): Promise<void> {
  if (held === 0) return;
  if (held > total) {
    throw new MigrateTargetError(
      `Målet har flere hændelser (${held}) end kilden (${total}) / The target holds more events (${held}) than the source (${total})`,
    );
  }
  const [ours] = await target.readAll({ afterPosition: held - 1, maxCount: 1 });
  const [theirs] = await source.readAll({ afterPosition: held - 1, maxCount: 1 });
  if (!ours || !theirs || ours.id !== theirs.id || ours.chainHash !== theirs.chainHash) {
    throw new MigrateTargetError(
      `Målet indeholder andre hændelser end kilden (position ${held}) / ` +
        `The target holds other events than the source (position ${held})`,
    );
  }
}
