import type { ClientBase } from 'pg';
import { checkCopiedEvent, type CopyCursor, type RecordedEvent, type StreamEnd } from '@ledelsesrum/event-store';
import { LOCK_CLASS } from '@ledelsesrum/postgres-kit';
import type { AppendTarget } from './postgres-append';

/**
 * The PostgreSQL side of `EventCopyTarget.copyRecorded`, inside the caller's transaction: under the same advisory
 * lock as appends, every event is checked against the table's own chain (checkCopiedEvent) and the page is inserted
 * at its positions with its recording time and hashes, in one statement.
 */
export async function copyInTransaction(
  client: ClientBase,
  target: AppendTarget,
  events: readonly RecordedEvent[],
): Promise<void> {
  const { events: table } = target.tables;
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, target.lockKey]);
  const { rows } = await client.query<{ position: string | null; chain_hash: string | null }>(
    `SELECT position, chain_hash FROM ${table} ORDER BY position DESC LIMIT 1`,
  );
  let cursor: CopyCursor = {
    nextPosition: Number(rows[0]?.position ?? 0) + 1,
    previousChainHash: rows[0]?.chain_hash ?? null,
  };
  const streams = new Map<string, StreamEnd>();
  for (const event of events) {
    const stream = streams.get(event.streamId) ?? (await storedStreamEnd(client, table, event.streamId));
    cursor = checkCopiedEvent(event, cursor, stream);
    streams.set(event.streamId, { revision: event.revision, hash: event.hash });
  }
  const column = <T>(pick: (event: RecordedEvent) => T) => events.map(pick);
  await client.query(
    `INSERT INTO ${table} (position, id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash)
     SELECT p, i, s, r, t, d::json, m::json, a::timestamptz, h, c
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::text[]) AS u(p, i, s, r, t, d, m, a, h, c)`,
    [
      column((event) => event.position),
      column((event) => event.id),
      column((event) => event.streamId),
      column((event) => event.revision),
      column((event) => event.type),
      column((event) => JSON.stringify(event.data)),
      column((event) => JSON.stringify(event.metadata)),
      column((event) => event.recordedAt),
      column((event) => event.hash),
      column((event) => event.chainHash),
    ],
  );
  await client.query('SELECT pg_notify($1, $2)', [target.tables.channel, String(cursor.nextPosition - 1)]);
}

async function storedStreamEnd(client: ClientBase, table: string, streamId: string): Promise<StreamEnd> {
  const { rows } = await client.query<{ revision: string; hash: string }>(
    `SELECT revision, hash FROM ${table} WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`,
    [streamId],
  );
  return rows[0] ? { revision: Number(rows[0].revision), hash: rows[0].hash } : { revision: -1, hash: null };
}
