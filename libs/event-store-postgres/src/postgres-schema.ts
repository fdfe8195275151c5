import type { Pool } from 'pg';
import type { RecordedEvent } from '@ledelsesrum/event-store';
import { checkSchemaName, createUnderLock } from '@ledelsesrum/postgres-kit';

/** Where the store's tables live; a schema per store lets tests and tenants share one database. */
export interface PostgresTables {
  readonly schema: string;
  /** `"schema".events`, quoted for SQL. */
  readonly events: string;
  /** The LISTEN/NOTIFY channel that announces appends to this table. */
  readonly channel: string;
}

/** The tables of the store kept in `schema` (checked: it goes into SQL as an identifier). */
export function tablesIn(schema: string): PostgresTables {
  checkSchemaName(schema);
  return { schema, events: `"${schema}".events`, channel: `${schema}_events_appended` };
}

/**
 * One table holds the whole log. `position` is no sequence: the append transaction computes it as the last position
 * + 1 while it holds the table's advisory lock, so positions are contiguous (a rolled-back append leaves no gap) and
 * handed out in commit order. The UNIQUE constraints are what finally guards a stream against two writers at one
 * revision and an event id against being stored twice. data and metadata are `json` (not `jsonb`): json keeps the
 * text exactly as written, so the hashes cover the same content as in SQLite, and it accepts every string JSON.stringify
 * writes (jsonb rejects \u0000).
 */
function schemaSql(tables: PostgresTables): string {
  return `
    CREATE SCHEMA IF NOT EXISTS "${tables.schema}";
    CREATE TABLE IF NOT EXISTS ${tables.events} (
      position    bigint      PRIMARY KEY CHECK (position > 0),
      id          text        NOT NULL,
      stream_id   text        NOT NULL,
      revision    bigint      NOT NULL CHECK (revision >= 0),
      type        text        NOT NULL,
      data        json        NOT NULL,
      metadata    json        NOT NULL,
      recorded_at timestamptz NOT NULL,
      hash        text        NOT NULL,
      chain_hash  text        NOT NULL,
      CONSTRAINT events_id_key UNIQUE (id),
      CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision)
    );`;
}

/** The names of the constraints above, to tell a unique violation on the stream from one on the event id. */
export const STREAM_REVISION_CONSTRAINT = 'events_stream_revision_key';

/** Creates the schema and table if missing (see createUnderLock), and returns the table's OID (the append lock key). */
export async function prepareSchema(pool: Pool, tables: PostgresTables): Promise<number> {
  const oid = await createUnderLock(pool, schemaSql(tables), async (client) => {
    const { rows } = await client.query<{ oid: number }>('SELECT $1::regclass::oid::int AS oid', [tables.events]);
    return rows[0]!.oid;
  });
  return oid!;
}

/** A row of the events table as node-postgres returns it (bigint as text, json parsed, timestamptz as Date). */
export interface EventRow {
  readonly position: string;
  readonly id: string;
  readonly stream_id: string;
  readonly revision: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
  readonly recorded_at: Date;
  readonly hash: string;
  readonly chain_hash: string;
}

export const EVENT_COLUMNS = 'position, id, stream_id, revision, type, data, metadata, recorded_at, hash, chain_hash';

/** recorded_at is written with millisecond precision, so `toISOString()` gives back the very string that was hashed. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    streamId: row.stream_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    revision: Number(row.revision),
    position: Number(row.position),
    recordedAt: row.recorded_at.toISOString(),
    hash: row.hash,
    chainHash: row.chain_hash,
  };
}
