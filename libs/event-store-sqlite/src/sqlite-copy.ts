import type Database from 'better-sqlite3';
import { checkCopiedEvent, type CopyCursor, type RecordedEvent, type StreamEnd } from '@ledelsesrum/event-store';
import type { Statements } from './sqlite-schema';

/**
 * The SQLite side of `EventCopyTarget.copyRecorded`: one BEGIN IMMEDIATE transaction that checks every event against
 * the file's own chain (checkCopiedEvent) and inserts it at its position. A mismatch rolls the whole page back.
 */
export function copyIntoSqlite(
  db: Database.Database,
  statements: Statements,
): (events: readonly RecordedEvent[]) => void {
  const copy = db.transaction((events: readonly RecordedEvent[]) => {
    const end = statements.chainEnd.get()!;
    let cursor: CopyCursor = { nextPosition: end.next_position, previousChainHash: end.chain_hash };
    // Streams touched in this page: their ends move as the page goes on, before anything is committed.
    const streams = new Map<string, StreamEnd>();
    for (const event of events) {
      const stored = statements.streamHead.get(event.streamId);
      const stream = streams.get(event.streamId) ?? { revision: stored?.revision ?? -1, hash: stored?.hash ?? null };
      cursor = checkCopiedEvent(event, cursor, stream);
      streams.set(event.streamId, { revision: event.revision, hash: event.hash });
      statements.insert.run(
        event.position,
        event.id,
        event.streamId,
        event.revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.recordedAt,
        event.hash,
        event.chainHash,
      );
    }
  });
  return (events) => copy.immediate(events);
}
