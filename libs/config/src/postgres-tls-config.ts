import { booleanSetting } from './boolean-setting';
import { isLoopback } from './host-config';
import type { EventStoreSettings } from './event-store-config';
import type { NotificationsConfig } from './notifications-config';
import type { SharedStateLocation } from './shared-state-config';

/** The `sslmode` values with which libpq and node-postgres refuse to talk to the server unencrypted. */
const TLS_MODES = ['require', 'verify-ca', 'verify-full'];

interface PostgresUrls {
  readonly eventStore: EventStoreSettings;
  readonly personalDataKeys: SharedStateLocation;
  readonly sessions: SharedStateLocation;
  readonly notifications: NotificationsConfig['notifications'];
}

/**
 * The settings whose PostgreSQL URL may go over the network unencrypted: no `sslmode` of require, verify-ca or
 * verify-full, and a host that is not this machine (loopback or a unix socket never leaves it). With REQUIRE_TLS=true
 * any such URL refuses the start; otherwise the processes warn at start. Messages name the setting, never its value.
 */
export function postgresUrlsWithoutTls(env: NodeJS.ProcessEnv, config: PostgresUrls): string[] {
  const required = booleanSetting(env, 'REQUIRE_TLS', false);
  const urls: [string, string | undefined][] = [
    ['EVENT_STORE_URL', config.eventStore.kind === 'postgres' ? config.eventStore.url : undefined],
    ['PERSONAL_DATA_KEYS_URL', urlOf(config.personalDataKeys)],
    ['SESSIONS_URL', urlOf(config.sessions)],
    ['SMTP_SENT_LOG_URL', urlOf(config.notifications.smtpSentLog)],
  ];
  const withoutTls = urls.flatMap(([name, url]) => (url !== undefined && !encrypted(url) ? [name] : []));
  if (withoutTls.length > 0 && required) {
    throw new Error(
      `${withoutTls.join(', ')}: PostgreSQL uden TLS er ikke tilladt, når REQUIRE_TLS=true; tilføj ` +
        `?sslmode=verify-full (eller require / verify-ca) / PostgreSQL without TLS is not allowed with ` +
        `REQUIRE_TLS=true; add ?sslmode=verify-full (or require / verify-ca)`,
    );
  }
  return withoutTls;
}

/** The warning the API and the worker log at start for {@link postgresUrlsWithoutTls}. */
export function postgresWithoutTlsWarning(names: readonly string[]): string {
  return (
    `${names.join(', ')}: forbindelsen til PostgreSQL er ikke krypteret (intet sslmode=require, verify-ca eller ` +
    `verify-full); REQUIRE_TLS=true afviser det / the connection to PostgreSQL is not encrypted (no sslmode=require, ` +
    `verify-ca or verify-full); REQUIRE_TLS=true refuses it`
  );
}

function urlOf(location: SharedStateLocation): string | undefined {
  return location.kind === 'postgres' ? location.url : undefined;
}

/** Already checked to be a URL with a host (checkedPostgresUrl). */
function encrypted(raw: string): boolean {
  const url = new URL(raw);
  if (TLS_MODES.includes((url.searchParams.get('sslmode') ?? '').toLowerCase())) return true;
  // A `host` parameter overrides the URL's host (libpq, pg-connection-string); a path there is a unix socket.
  const host = url.searchParams.get('host') ?? decodeURIComponent(url.hostname);
  return host.startsWith('/') || isLoopback(host);
}
