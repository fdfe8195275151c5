import type { AppConfig } from '@ledelsesrum/config';
import type { Language } from '@ledelsesrum/domain';
import { cookie, LANGUAGE_COOKIE, sessionCookieName } from '../common/cookies';
import type { PageResponse } from '../common/page-headers';

const EIGHT_HOURS = 8 * 60 * 60;
const A_YEAR = 365 * 24 * 60 * 60;

/** Secure cookies when people reach the site over https (PUBLIC_URL); plain http only serves a developer's machine. */
function secure(config: AppConfig): boolean {
  return config.publicUrl.startsWith('https:');
}

/** Starts the session, and opens the pages in the person's own language unless they chose one in the page. */
export function setSessionCookies(
  response: PageResponse,
  config: AppConfig,
  session: string,
  language: Language | undefined,
): void {
  const cookies = [
    cookie(sessionCookieName(config.publicUrl), session, {
      maxAge: EIGHT_HOURS,
      httpOnly: true,
      secure: secure(config),
    }),
  ];
  if (language) cookies.push(languageCookie(config, language));
  response.setHeader('Set-Cookie', cookies);
}

export function clearSessionCookie(response: PageResponse, config: AppConfig): void {
  response.setHeader(
    'Set-Cookie',
    cookie(sessionCookieName(config.publicUrl), '', { maxAge: 0, httpOnly: true, secure: secure(config) }),
  );
}

export function languageCookie(config: AppConfig, language: Language): string {
  return cookie(LANGUAGE_COOKIE, language, { maxAge: A_YEAR, httpOnly: true, secure: secure(config) });
}
