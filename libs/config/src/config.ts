import { resolve } from 'node:path';
import { loadAuthConfig, type AuthConfig } from './auth-config';
import { loadEventStoreConfig, type EventStoreSettings } from './event-store-config';
import { loadLinksConfig, type LinksConfig } from './links-config';
import { loadNotificationsConfig, type NotificationsConfig } from './notifications-config';
import { loadSharedStateLocation, type SharedStateLocation } from './shared-state-config';
import { loadTemporalSecurity, type TemporalSecurity } from './temporal-security-config';

/** Every setting comes from the environment and has a working default for the embedded set-up. */
export interface AppConfig extends AuthConfig, LinksConfig, NotificationsConfig {
  readonly port: number;
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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env['DATA_DIR'] ?? './data');
  return {
    port: integer(env, 'PORT', 3000),
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
    ...loadAuthConfig(env),
    ...loadLinksConfig(env),
    ...loadNotificationsConfig(env, dataDir),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return value;
}
