import { Pool, type PoolConfig } from 'pg';

/** How one store connects: its URL, who it is in `pg_stat_activity`, and its pool's size and patience. */
export interface PoolSettings {
  /** A `postgres://` URL. Its `sslmode` decides TLS (node-postgres reads it); REQUIRE_TLS checks it at start. */
  readonly url: string;
  /** Names the connections in `pg_stat_activity`, so an operator sees which store holds them. */
  readonly applicationName: string;
  /** Connections in the pool. */
  readonly size: number;
  /** How long to wait for a connection before a call fails. Default 5 s. */
  readonly connectionTimeoutMs?: number;
}

/** The connection settings without the pool's size, for a dedicated client (e.g. one that LISTENs). */
export function connectionConfig(settings: PoolSettings): PoolConfig {
  return {
    connectionString: settings.url,
    connectionTimeoutMillis: settings.connectionTimeoutMs ?? 5_000,
    application_name: settings.applicationName,
  };
}

/** A pool that survives the server dropping an idle connection. */
export function openPool(settings: PoolSettings): Pool {
  const pool = new Pool({ ...connectionConfig(settings), max: settings.size });
  // An idle connection that the server drops emits 'error' on the pool; unhandled, it would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Opens a pool and runs `prepare` on it (creating what the store needs, building the store); if that fails, the pool
 * is ended and the error thrown, so a store that could not open leaves no connection behind.
 */
export async function openPrepared<T>(settings: PoolSettings, prepare: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = openPool(settings);
  try {
    return await prepare(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

const endings = new WeakMap<Pool, Promise<void>>();

/** Ends the pool's connections; a second call waits for the first (pg's own `end` throws when called twice). */
export function endPool(pool: Pool): Promise<void> {
  const ending = endings.get(pool) ?? pool.end();
  endings.set(pool, ending);
  return ending;
}
