import type { RecordedEvent } from '../event-store.port';

/**
 * A store that can take events recorded elsewhere as they are — same id, stream, revision, global position, recording
 * time and hashes — so that moving between stores (`ledelsesrum migrate`) keeps the history an auditor verifies. Apart
 * from the EventStore port because only the migration needs it; every adapter implements both.
 */
export interface EventCopyTarget {
  /**
   * Stores `events` in one transaction. Each must be the very next global position and the next revision of its
   * stream, and carry exactly the hashes this store computes for it; otherwise CopyMismatchError and nothing is
   * stored. Not for live writers: it does not wake subscriptions of other processes early.
   */
  copyRecorded(events: readonly RecordedEvent[]): Promise<void>;
}

export function isEventCopyTarget(store: object): store is EventCopyTarget {
  return typeof (store as Partial<EventCopyTarget>).copyRecorded === 'function';
}

/** A copied event does not fit where it would go, or its hashes are not its content's: the copy stops there. */
export class CopyMismatchError extends Error {
  override readonly name = 'CopyMismatchError';
  constructor(
    readonly position: number,
    detail: string,
  ) {
    super(`Hændelsen på position ${position} passer ikke / The event at position ${position} does not fit: ${detail}`);
  }
}
