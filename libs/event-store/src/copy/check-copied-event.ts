import type { RecordedEvent } from '../event-store.port';
import { chainHash, eventHash } from '../hash-chain/event-hash';
import type { StreamEnd } from '../hash-chain/stamp-events';
import { CopyMismatchError } from './event-copy.port';

/** Where the copy stands in the target: the next global position, and the end of the chain there. */
export interface CopyCursor {
  readonly nextPosition: number;
  readonly previousChainHash: string | null;
}

/**
 * Checks one copied event against the target before it is stored: the very next position, the next revision of its
 * stream, and hashes recomputed from its content and the target's own chain. So a copy reproduces the source's
 * chain exactly, or stops at the first event that would not.
 */
export function checkCopiedEvent(event: RecordedEvent, cursor: CopyCursor, stream: StreamEnd): CopyCursor {
  if (event.position !== cursor.nextPosition) {
    throw new CopyMismatchError(event.position, `expected position ${cursor.nextPosition}`);
  }
  if (event.revision !== stream.revision + 1) {
    throw new CopyMismatchError(event.position, `${event.streamId} is at revision ${stream.revision}`);
  }
  const { id, streamId, revision, type, data, metadata, recordedAt } = event;
  const hash = eventHash({ id, streamId, revision, type, data, metadata, recordedAt }, stream.hash);
  if (hash !== event.hash) throw new CopyMismatchError(event.position, 'hash does not match the content');
  const chain = chainHash(event.position, hash, cursor.previousChainHash);
  if (chain !== event.chainHash) throw new CopyMismatchError(event.position, 'chainHash does not match the chain');
  return { nextPosition: event.position + 1, previousChainHash: chain };
}
