import { resolve } from 'node:path';
import { loadAuthConfig, type AuthConfig } from './auth-config';
import { booleanSetting } from './boolean-setting';
import { loadEventStoreConfig, type EventStoreSettings } from './event-store-config';
import { loadHost } from './host-config';
import { loadHttpConfig, type HttpConfig } from './http-config';
import { loadLimitsConfig, type LimitsConfig } from './limits-config';
import { loadLinksConfig, type LinksConfig } from './links-config';
import { loadReachConfig, type ReachConfig } from './reach-config';
import { loadNotificationsConfig, type NotificationsConfig } from './notifications-config';
import { postgresUrlsWithoutTls } from './postgres-tls-config';
import { loadSharedStateLocation, type SharedStateLocation } from './shared-state-config';
import { loadTemporalSecurity, type TemporalSecurity } from './temporal-security-config';

/** Every setting comes from the environment and has a working default for the embedded set-up. */
export interface AppConfig extends AuthConfig, LinksConfig, NotificationsConfig, LimitsConfig, HttpConfig, ReachConfig {
  readonly port: number;
  /** The address the API listens on (HOST); loopback only by default. */
  readonly host: string;
  /** Whether the API serves its OpenAPI documentation at /api/docs (API_DOCS; on with development sign-in). */
  readonly apiDocs: boolean;
  readonly dataDir: string;
  readonly temporal: {
    readonly address: string;
    /** True when TEMPORAL_ADDRESS was given: someone else runs Temporal, so `npm start` must not start one. */
    readonly external: boolean;
    readonly namespace: string;
    readonly taskQueue: string;
    readonly uiPort: number;
    /** TLS and the API key for a Temporal cluster or Temporal Cloud (see temporal-security-config.ts). */
    readonly security: TemporalSecurity;
    /** TEMPORAL_PAYLOAD_KEYS (`id:base64key,...`, the first encrypts); unset: a key generated into the data folder. */
    readonly payloadKeys: string | undefined;
  };
  readonly eventStore: EventStoreSettings;
  /** PERSONAL_DATA_KEYS_URL (PostgreSQL) or PERSONAL_DATA_KEYS_FILE (SQLite, the default under the data folder). */
  readonly personalDataKeys: SharedStateLocation;
  /** SESSIONS_URL (PostgreSQL, shared by replicas on several hosts) or SESSIONS_FILE (SQLite, under the data folder). */
  readonly sessions: SharedStateLocation;
  /** The settings whose PostgreSQL URL is not encrypted (see postgres-tls-config.ts): warned about at start. */
  readonly postgresWithoutTls: readonly string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env['DATA_DIR'] ?? './data');
  const auth = loadAuthConfig(env);
  const config: Omit<AppConfig, 'postgresWithoutTls'> = {
    port: integer(env, 'PORT', 3000),
    host: loadHost(env),
    // The documentation maps every route for whoever reaches the port: shown by default only where anyone may sign in.
    apiDocs: booleanSetting(env, 'API_DOCS', auth.devTokens),
    dataDir,
    temporal: {
      // The embedded dev server listens on TEMPORAL_PORT; TEMPORAL_ADDRESS names a server someone else runs.
      address: env['TEMPORAL_ADDRESS'] ?? `localhost:${integer(env, 'TEMPORAL_PORT', 7233)}`,
      external: env['TEMPORAL_ADDRESS'] !== undefined,
      namespace: env['TEMPORAL_NAMESPACE'] ?? 'default',
      taskQueue: env['TEMPORAL_TASK_QUEUE'] ?? 'ledelsesrum-cycles',
      uiPort: integer(env, 'TEMPORAL_UI_PORT', 8233),
      security: loadTemporalSecurity(env),
      payloadKeys: env['TEMPORAL_PAYLOAD_KEYS'] || undefined,
    },
    eventStore: loadEventStoreConfig(env, dataDir),
    personalDataKeys: loadSharedStateLocation(env, 'PERSONAL_DATA_KEYS', resolve(dataDir, 'personal-data-keys.sqlite')),
    sessions: loadSharedStateLocation(env, 'SESSIONS', resolve(dataDir, 'sessions.sqlite')),
    ...auth,
    ...loadLinksConfig(env),
    ...loadNotificationsConfig(env, dataDir),
    ...loadLimitsConfig(env),
    ...loadReachConfig(env),
    ...loadHttpConfig(env),
  };
  return { ...config, postgresWithoutTls: postgresUrlsWithoutTls(env, config) };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}
