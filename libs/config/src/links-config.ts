import { secretSetting } from './secret-setting';

/** The links the system sends in e-mails: where people reach it, and the personal cascade-confirmation link. */
export interface LinksConfig {
  /** The address people reach the system at, without a trailing slash; links in e-mails start with it. */
  readonly publicUrl: string;
  /**
   * Undefined means: sign links with the development tokens' secret (AUTH_JWT_SECRET or the data folder's file),
   * through a key of their own. Read it with `resolveConfirmLinkSecret` (libs/auth) in the API and the worker alike.
   */
  readonly confirmLinkSecret: string | undefined;
  /** How many days after sending a confirmation link still works. */
  readonly confirmLinkValidDays: number;
  /** Where people report accessibility problems (the accessibility statement names it); undefined when unset. */
  readonly accessibilityContact: string | undefined;
  /** The telephone number the accessibility statement gives beside the e-mail; undefined when unset. */
  readonly accessibilityPhone: string | undefined;
}

const MAX_VALID_DAYS = 365;

export function loadLinksConfig(env: NodeJS.ProcessEnv): LinksConfig {
  const confirmLinkSecret = secretSetting(env, 'CONFIRM_LINK_SECRET');
  return {
    // PORT itself is checked by loadConfig; here it only shapes the default.
    publicUrl: publicUrl(text(env, 'PUBLIC_URL') ?? `http://localhost:${text(env, 'PORT') ?? '3000'}`),
    confirmLinkSecret,
    confirmLinkValidDays: validDays(text(env, 'CONFIRM_LINK_VALID_DAYS')),
    accessibilityContact: text(env, 'ACCESSIBILITY_CONTACT'),
    accessibilityPhone: text(env, 'ACCESSIBILITY_CONTACT_PHONE'),
  };
}

/** An http(s) URL that a path can follow: no query, fragment or credentials; the trailing slash is dropped. */
function publicUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL er ikke en URL / is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`PUBLIC_URL skal være en http- eller https-URL / must be an http or https URL: "${raw}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `PUBLIC_URL må ikke have query, fragment eller brugernavn / ` +
        `must not have a query, fragment or credentials: "${raw}"`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function validDays(raw: string | undefined): number {
  if (raw === undefined) return 60;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_VALID_DAYS) {
    throw new Error(
      `CONFIRM_LINK_VALID_DAYS skal være et helt tal fra 1 til ${MAX_VALID_DAYS} / ` +
        `must be a whole number from 1 to ${MAX_VALID_DAYS}, got "${raw}"`,
    );
  }
  return value;
}

/** Unset and empty (or blank) mean the same: the default. */
function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}
