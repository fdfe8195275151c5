import { serialiseData } from '../append-rules';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { chainHash, eventHash } from './event-hash';

/** The end of a stream before an append or a copy: its last revision (-1 for a new stream) and that event's hash. */
export interface StreamEnd {
  readonly revision: number;
  readonly hash: string | null;
}

/** The end of the global chain before an append: the last position (0 in an empty store) and its chain hash. */
export interface ChainEnd {
  readonly position: number;
  readonly chainHash: string | null;
}

/** An event as an adapter stores it: as it will read back, and its data and metadata as the JSON text stored. */
export interface StampedEvent {
  readonly recorded: RecordedEvent;
  readonly dataJson: string;
  readonly metadataJson: string;
}

/**
 * Places `events` after the ends of their stream and of the global chain, all recorded at `recordedAt`, and computes
 * both hashes of each. Hashed as it will be read back (parsed from the stored text), so a reader recomputes exactly
 * this; every adapter stamps its appends here, so every store builds the same chain.
 */
export function stampEvents(
  streamId: string,
  events: readonly NewEvent[],
  stream: StreamEnd,
  chain: ChainEnd,
  recordedAt: string,
): StampedEvent[] {
  let previousHash = stream.hash;
  let previousChainHash = chain.chainHash;
  return events.map((event, index) => {
    const revision = stream.revision + 1 + index;
    const position = chain.position + 1 + index;
    const dataJson = serialiseData(event.data);
    const metadataJson = JSON.stringify(event.metadata ?? {});
    const data: unknown = JSON.parse(dataJson);
    const metadata = JSON.parse(metadataJson) as Record<string, unknown>;
    const content = { id: event.id, streamId, revision, type: event.type, data, metadata, recordedAt };
    const hash = eventHash(content, previousHash);
    previousChainHash = chainHash(position, hash, previousChainHash);
    previousHash = hash;
    return { recorded: { ...content, position, hash, chainHash: previousChainHash }, dataJson, metadataJson };
  });
}
