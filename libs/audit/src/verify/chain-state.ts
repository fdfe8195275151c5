import { chainHash, eventHash, type RecordedEvent } from '@ledelsesrum/event-store';
import type { ChainHead } from './verify-types';

/** What the walk keeps per stream: memory grows with the number of streams, never with the number of events. */
interface StreamLink {
  readonly lastRevision: number;
  readonly lastHash: string;
}

/** The verified part of the log so far: each stream's last link, and the end of the global chain. */
export class ChainState {
  private readonly streams = new Map<string, StreamLink>();
  lastPosition = 0;
  lastChainHash: string | null = null;
  events = 0;
  head: ChainHead | null = null;

  get streamCount(): number {
    return this.streams.size;
  }

  /** The revision the stream's next event must have (0 for a stream not seen yet). */
  expectedRevision(streamId: string): number {
    return (this.streams.get(streamId)?.lastRevision ?? -1) + 1;
  }

  /** The hash the stream's next event must have been computed over (null for a stream not seen yet). */
  previousHash(streamId: string): string | null {
    return this.streams.get(streamId)?.lastHash ?? null;
  }

  /**
   * True when `event` continues both chains: the very next position (appends take the write lock before they take a
   * position, and a rolled-back append gives its position back, so an intact log has no gaps), the next revision, its
   * hash and its chain link recomputed.
   */
  fits(event: RecordedEvent): boolean {
    return (
      event.position === this.lastPosition + 1 &&
      event.revision === this.expectedRevision(event.streamId) &&
      chainHash(event.position, event.hash, this.lastChainHash) === event.chainHash &&
      eventHash(event, this.previousHash(event.streamId)) === event.hash
    );
  }

  accept(event: RecordedEvent): void {
    this.streams.set(event.streamId, { lastRevision: event.revision, lastHash: event.hash });
    this.lastPosition = event.position;
    this.lastChainHash = event.chainHash;
    this.events += 1;
    this.head = { position: event.position, chainHash: event.chainHash, recordedAt: event.recordedAt };
  }
}
