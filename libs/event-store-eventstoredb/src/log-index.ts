import type { NewEvent, RecordedEvent, StoredId } from '@ledelsesrum/event-store';

/** Where a logical stream ends: its last revision (-1 when it does not exist), that event's position and hash. */
export interface StreamEnd {
  readonly revision: number;
  readonly position: number;
  readonly hash: string | null;
}

const NO_STREAM: StreamEnd = { revision: -1, position: 0, hash: null };

interface StreamEntry {
  /** The stream's id, kept once here and referred to from every position of the stream. */
  readonly id: string;
  /** The global position of each revision: `positions[r]` holds revision r. */
  readonly positions: number[];
  hash: string;
}

/**
 * What the adapter must know of the whole log to append and to read a logical stream: every event id with its place,
 * each stream's positions and last hash, and the end of the global chain. Kept in memory and brought up to date by
 * reading the log from where it stopped, so it costs one read per call when nothing changed. Memory: see
 * `npm run bench:eventstoredb-index` (its figure is in docs/operations.md).
 */
export class LogIndex {
  /** Event id → global position; the stream and revision at a position are in the two arrays below. */
  private readonly ids = new Map<string, number>();
  /** By position − 1: the (shared) stream id string and the revision of the event there. Compact on purpose. */
  private readonly streamAt: string[] = [];
  private readonly revisionAt: number[] = [];
  private readonly streams = new Map<string, StreamEntry>();
  /** Global position of the last event taken in; the next entry to read is at log revision `position`. */
  position = 0;
  chainHash: string | null = null;
  recordedAt: string | null = null;

  /**
   * Takes in the next event of the log; one taken in already (by a catch-up and by the writer that appended it) is
   * passed over. Refuses one that does not follow on, which would mean a foreign writer.
   */
  add(event: RecordedEvent): void {
    if (event.position <= this.position && this.ids.get(event.id) === event.position) return;
    const stream = this.streams.get(event.streamId);
    const expectedRevision = stream?.positions.length ?? 0;
    if (event.position !== this.position + 1 || event.revision !== expectedRevision || this.ids.has(event.id)) {
      throw new Error(
        `Hændelsesloggen hænger ikke sammen ved position ${event.position} / ` +
          `The event log is inconsistent at position ${event.position}: ${event.streamId}@${event.revision}`,
      );
    }
    const entry = stream ?? { id: event.streamId, positions: [], hash: event.hash };
    if (!stream) this.streams.set(entry.id, entry);
    entry.positions.push(event.position);
    entry.hash = event.hash;
    this.ids.set(event.id, event.position);
    // The entry's string, not the event's own copy: one string per stream, however many events it has.
    this.streamAt.push(entry.id);
    this.revisionAt.push(event.revision);
    this.position = event.position;
    this.chainHash = event.chainHash;
    this.recordedAt = event.recordedAt;
  }

  streamEnd(streamId: string): StreamEnd {
    const stream = this.streams.get(streamId);
    if (stream === undefined) return NO_STREAM;
    const revision = stream.positions.length - 1;
    return { revision, position: stream.positions[revision]!, hash: stream.hash };
  }

  /** The global positions of a stream's events, by revision. */
  positionsOf(streamId: string): readonly number[] {
    return this.streams.get(streamId)?.positions ?? [];
  }

  /** Those of `events` whose ids are stored already, with where they stand. */
  storedIds(events: readonly NewEvent[]): StoredId[] {
    return events.flatMap((event) => {
      const position = this.ids.get(event.id);
      if (position === undefined) return [];
      return [
        { id: event.id, stream_id: this.streamAt[position - 1]!, revision: this.revisionAt[position - 1]!, position },
      ];
    });
  }
}
