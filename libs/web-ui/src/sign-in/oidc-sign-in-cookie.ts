import type { AppConfig } from '@ledelsesrum/config';
import { cookie, hostCookieName, readCookies } from '../common/cookies';

/**
 * The sign-in attempt between leaving for the provider and coming back (state, nonce, PKCE verifier, way back), sealed
 * by PendingSignIns. HttpOnly; SameSite=Lax still travels with the provider's redirect back, which is a top-level GET.
 * Over https `__Host-ledelsesrum_oidc`, so no other host under the domain can plant its own attempt in a browser.
 */
export const PENDING_SIGN_IN_COOKIE = 'ledelsesrum_oidc';

function pendingName(config: AppConfig): string {
  return hostCookieName(PENDING_SIGN_IN_COOKIE, config.publicUrl);
}

export function pendingSignInCookie(config: AppConfig, sealed: string, maxAgeSeconds: number): string {
  return cookie(pendingName(config), sealed, { maxAge: maxAgeSeconds, httpOnly: true, secure: secure(config) });
}

/** An attempt is used once, whatever its outcome: a second visit to the callback finds nothing to finish. */
export function clearPendingSignInCookie(config: AppConfig): string {
  return cookie(pendingName(config), '', { maxAge: 0, httpOnly: true, secure: secure(config) });
}

export function readPendingSignInCookie(config: AppConfig, header: string | string[] | undefined): string | undefined {
  return readCookies(header)[pendingName(config)] || undefined;
}

/** As the session cookie: Secure when people reach the site over https. */
function secure(config: AppConfig): boolean {
  return config.publicUrl.startsWith('https:');
}
