/**
 * The append transaction, as SQL on one client. Kept apart from the store so that the commit-order test can run the
 * very same steps on a client of its own and hold the transaction open before COMMIT.
 */
import type { ClientBase } from 'pg';
import {
  checkAppend,
  DuplicateEventIdError,
  earlierWrite,
  expectationHolds,
  firstStoredId,
  stampEvents,
  WrongExpectedRevisionError,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  type StampedEvent,
  type StoredId,
} from '@ledelsesrum/event-store';
import { LOCK_CLASS } from '@ledelsesrum/postgres-kit';
import { STREAM_REVISION_CONSTRAINT, type PostgresTables } from './postgres-schema';

/** What one append did: its result, and whether it wrote (an idempotent retry or an empty append does not). */
export interface AppendOutcome {
  readonly result: AppendResult;
  readonly wrote: boolean;
}

/** The table an append writes to: its names, and its OID, the second key of its advisory lock. */
export interface AppendTarget {
  readonly tables: PostgresTables;
  readonly lockKey: number;
}

interface StreamHead {
  readonly current: number;
  readonly position: number;
  readonly hash: string | null;
}

async function streamHead(client: ClientBase, target: AppendTarget, streamId: string): Promise<StreamHead> {
  const { rows } = await client.query<{ revision: string; position: string; hash: string }>(
    `SELECT revision, position, hash FROM ${target.tables.events} WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`,
    [streamId],
  );
  const row = rows[0];
  return row ? { current: Number(row.revision), position: Number(row.position), hash: row.hash } : NO_STREAM;
}

const NO_STREAM: StreamHead = { current: -1, position: 0, hash: null };

async function storedIds(client: ClientBase, target: AppendTarget, events: readonly NewEvent[]): Promise<StoredId[]> {
  const { rows } = await client.query<{ id: string; stream_id: string; revision: string; position: string }>(
    `SELECT id, stream_id, revision, position FROM ${target.tables.events} WHERE id = ANY($1::text[])`,
    [events.map((event) => event.id)],
  );
  return rows.map((row) => ({ ...row, revision: Number(row.revision), position: Number(row.position) }));
}

/**
 * The body of an append; the caller has sent BEGIN and sends COMMIT (or ROLLBACK when this throws). The first step
 * takes the table's transaction-level advisory lock, so appends run one at a time: the position of the last event
 * plus one is free and is the next in commit order, and the end of the global hash chain cannot move underneath us.
 * Throws a unique violation (23505) if a writer that bypassed the lock got there first; see `explainUniqueViolation`.
 */
export async function appendInTransaction(
  client: ClientBase,
  target: AppendTarget,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendOutcome> {
  if (events.length === 0) {
    // Nothing is written, so no lock: the stream head as of now answers the expectation.
    const head = await streamHead(client, target, streamId);
    if (!expectationHolds(expected, head.current))
      throw new WrongExpectedRevisionError(streamId, expected, head.current);
    return { result: { nextExpectedRevision: head.current, position: head.position }, wrote: false };
  }
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_CLASS, target.lockKey]);
  const head = await streamHead(client, target, streamId);
  const earlier = checkAppend(streamId, events, expected, head.current, await storedIds(client, target, events));
  if (earlier !== undefined) return { result: earlier, wrote: false };

  // The database's clock, not this process's: with several API and worker replicas, one clock orders recordedAt.
  const { rows } = await client.query<{ position: string | null; chain_hash: string | null; now: Date }>(
    `SELECT (SELECT position FROM ${target.tables.events} ORDER BY position DESC LIMIT 1) AS position,
            (SELECT chain_hash FROM ${target.tables.events} ORDER BY position DESC LIMIT 1) AS chain_hash,
            date_trunc('milliseconds', clock_timestamp()) AS now`,
  );
  const end = rows[0]!;
  const recordedAt = end.now.toISOString();
  const chain = { position: Number(end.position ?? 0), chainHash: end.chain_hash };
  const stamped = stampEvents(streamId, events, { revision: head.current, hash: head.hash }, chain, recordedAt);
  const column = <T>(pick: (event: StampedEvent) => T) => stamped.map(pick);
  const position = stamped.at(-1)!.recorded.position;
  await client.query(
    `INSERT INTO ${target.tables.events}
       (position, id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash)
     SELECT p, i, $3, r, t, d::json, m::json, $8::timestamptz, h, c
       FROM unnest($1::bigint[], $2::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $9::text[], $10::text[])
         AS u(p, i, r, t, d, m, h, c)`,
    [
      column((event) => event.recorded.position),
      column((event) => event.recorded.id),
      streamId,
      column((event) => event.recorded.revision),
      column((event) => event.recorded.type),
      column((event) => event.dataJson),
      column((event) => event.metadataJson),
      recordedAt,
      column((event) => event.recorded.hash),
      column((event) => event.recorded.chainHash),
    ],
  );
  // Delivered to listeners only when the transaction commits, so nobody is woken for an append that rolled back.
  await client.query('SELECT pg_notify($1, $2)', [target.tables.channel, String(position)]);
  return { result: { nextExpectedRevision: head.current + events.length, position }, wrote: true };
}

/**
 * A unique violation means another writer committed first at this stream revision or with one of these ids
 * without taking the lock. The constraint, not the isolation level, is what keeps the log consistent then; this
 * turns the violation into the port's answer from the committed rows: an idempotent retry succeeds, a taken revision
 * is a WrongExpectedRevisionError, a taken id a DuplicateEventIdError.
 */
export async function explainUniqueViolation(
  client: ClientBase,
  target: AppendTarget,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  constraint: string | undefined,
): Promise<AppendResult> {
  const head = await streamHead(client, target, streamId);
  const stored = await storedIds(client, target, events);
  const earlier = stored.length > 0 ? earlierWrite(streamId, events, stored, expected) : undefined;
  if (earlier !== undefined) return earlier;
  if (constraint === STREAM_REVISION_CONSTRAINT || stored.length === 0) {
    throw new WrongExpectedRevisionError(streamId, expected, head.current);
  }
  throw new DuplicateEventIdError(firstStoredId(events, stored));
}
