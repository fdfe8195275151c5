import type { AppConfig } from '@ledelsesrum/config';
import { cookie, readCookies } from '../common/cookies';

/**
 * The sign-in attempt between leaving for the provider and coming back (state, nonce, PKCE verifier, way back), sealed
 * by PendingSignIns. HttpOnly; SameSite=Lax still travels with the provider's redirect back, which is a top-level GET.
 */
export const PENDING_SIGN_IN_COOKIE = 'ledelsesrum_oidc';

export function pendingSignInCookie(config: AppConfig, sealed: string, maxAgeSeconds: number): string {
  return cookie(PENDING_SIGN_IN_COOKIE, sealed, { maxAge: maxAgeSeconds, httpOnly: true, secure: secure(config) });
}

/** An attempt is used once, whatever its outcome: a second visit to the callback finds nothing to finish. */
export function clearPendingSignInCookie(config: AppConfig): string {
  return cookie(PENDING_SIGN_IN_COOKIE, '', { maxAge: 0, httpOnly: true, secure: secure(config) });
}

export function readPendingSignInCookie(header: string | string[] | undefined): string | undefined {
  return readCookies(header)[PENDING_SIGN_IN_COOKIE] || undefined;
}

/** As the session cookie: Secure when people reach the site over https. */
function secure(config: AppConfig): boolean {
  return config.publicUrl.startsWith('https:');
}
