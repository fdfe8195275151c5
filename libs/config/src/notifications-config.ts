import { resolve } from 'node:path';
import { booleanSetting } from './boolean-setting';
import { loadSharedStateLocation, type SharedStateLocation } from './shared-state-config';

/** How messages leave the system: an outbox folder of `.eml` files by default, SMTP when SMTP_URL is set. */
export interface NotificationsConfig {
  readonly notifications: {
    /** `smtp://…` or `smtps://…`; undefined means the outbox folder. Never logged: it may hold a password. */
    readonly smtpUrl: string | undefined;
    /** SMTP_ALLOW_PLAINTEXT: `smtp://` may go out unencrypted when the server offers no STARTTLS (a loopback test server). */
    readonly smtpAllowPlaintext: boolean;
    readonly outboxDir: string;
    /** Days an outbox file is kept (OUTBOX_RETENTION_DAYS): its links and addresses are not kept for ever. */
    readonly outboxRetentionDays: number;
    /**
     * The SMTP adapter's record of what the server accepted, so a retry never sends twice, also from another worker:
     * SMTP_SENT_LOG_URL (PostgreSQL) or SMTP_SENT_LOG_FILE (SQLite, the default under the data folder).
     */
    readonly smtpSentLog: SharedStateLocation;
    /** The From of every message. */
    readonly from: string;
    /** Where the status report to chefgruppen goes (CHEFGRUPPEN_EMAIL, comma-separated). */
    readonly chefgruppen: readonly string[];
  };
}

const ADDRESS = /^[^\s@<>,]+@[^\s@<>,]+$/;

export function loadNotificationsConfig(env: NodeJS.ProcessEnv, dataDir: string): NotificationsConfig {
  const smtpUrl = env['SMTP_URL'] || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\//i.test(smtpUrl)) {
    // The value itself is not repeated: it may carry a password.
    throw new Error('SMTP_URL skal begynde med smtp:// eller smtps:// / SMTP_URL must start with smtp:// or smtps://');
  }
  const chefgruppen = (env['CHEFGRUPPEN_EMAIL'] || 'chefgruppen@ledelsesrum.local')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const wrong = chefgruppen.filter((address) => !ADDRESS.test(address));
  if (chefgruppen.length === 0 || wrong.length > 0) {
    throw new Error(
      `CHEFGRUPPEN_EMAIL skal være en eller flere e-mailadresser adskilt af komma / ` +
        `must be one or more e-mail addresses separated by commas: "${wrong.join(', ')}"`,
    );
  }
  return {
    notifications: {
      smtpUrl,
      smtpAllowPlaintext: booleanSetting(env, 'SMTP_ALLOW_PLAINTEXT', false),
      outboxDir: resolve(env['OUTBOX_DIR'] || resolve(dataDir, 'outbox')),
      outboxRetentionDays: retentionDays(env['OUTBOX_RETENTION_DAYS']),
      smtpSentLog: loadSharedStateLocation(env, 'SMTP_SENT_LOG', resolve(dataDir, 'smtp-sent.sqlite')),
      from: env['MAIL_FROM'] || 'ledelsesrum <no-reply@ledelsesrum.local>',
      chefgruppen,
    },
  };
}

function retentionDays(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 90;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 3_650) {
    throw new Error(
      `OUTBOX_RETENTION_DAYS skal være et helt antal dage, 1–3650 / must be whole days, 1–3650: "${raw}"`,
    );
  }
  return days;
}
