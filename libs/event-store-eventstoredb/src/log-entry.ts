/**
 * How an event is kept as an entry of the log stream. EventStoreDB holds the event's type and data as they are (so
 * its own tools show them), and in the entry's metadata what the port adds: the logical stream and revision, the
 * writer's id, the recording time and both hashes. The global position is the entry's revision + 1.
 */
import { createHash } from 'node:crypto';
import type { RecordedEvent } from '@ledelsesrum/event-store';
import type { LogEntry, LogEntryToWrite } from './log-stream.port';

/** The metadata of a log entry. `metadata` is the event's own. */
interface Envelope {
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly recordedAt: string;
  readonly hash: string;
  readonly chainHash: string;
  readonly metadata: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The UUIDv5 namespace of this store's event ids (a random UUID, fixed forever: changing it breaks deduplication). */
const NAMESPACE = Buffer.from('6f1c3a52a9e84e0f9b7d2c4e8a1f0b37', 'hex');

/**
 * EventStoreDB deduplicates by event id and wants a UUID. The workflow's ids are UUIDs and are used as they are; any
 * other id gets its name-based UUID (version 5, RFC 9562), so the same id always maps to the same UUID.
 */
export function logEventId(id: string): string {
  if (UUID.test(id)) return id;
  const bytes = createHash('sha1').update(NAMESPACE).update(id, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The entry that stores `event` at revision `event.position - 1` of the log. */
export function toLogEntry(event: RecordedEvent): LogEntryToWrite {
  const envelope: Envelope = {
    id: event.id,
    stream: event.streamId,
    revision: event.revision,
    recordedAt: event.recordedAt,
    hash: event.hash,
    chainHash: event.chainHash,
    metadata: { ...event.metadata },
  };
  return { eventId: logEventId(event.id), type: event.type, data: event.data, metadata: envelope };
}

/** The event a log entry stores; refuses an entry this store did not write, naming where it stands. */
export function fromLogEntry(entry: LogEntry): RecordedEvent {
  const envelope = entry.metadata as Partial<Envelope> | null;
  if (!isEnvelope(envelope)) {
    throw new Error(
      `Posten på revision ${entry.revision} i hændelsesloggen er ikke skrevet af ledelsesrum / ` +
        `The entry at revision ${entry.revision} of the event log was not written by ledelsesrum`,
    );
  }
  return {
    id: envelope.id,
    streamId: envelope.stream,
    type: entry.type,
    data: entry.data,
    metadata: envelope.metadata,
    revision: envelope.revision,
    position: entry.revision + 1,
    recordedAt: envelope.recordedAt,
    hash: envelope.hash,
    chainHash: envelope.chainHash,
  };
}

function isEnvelope(value: Partial<Envelope> | null): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.id === 'string' &&
    typeof value.stream === 'string' &&
    Number.isInteger(value.revision) &&
    typeof value.recordedAt === 'string' &&
    typeof value.hash === 'string' &&
    typeof value.chainHash === 'string' &&
    typeof value.metadata === 'object' &&
    value.metadata !== null
  );
}
