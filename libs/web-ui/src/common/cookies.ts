/** The request's cookies by name (the first of a repeated name wins); values are percent-decoded where valid. */
export function readCookies(header: string | string[] | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  const line = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const pair of line.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (!name || Object.hasOwn(cookies, name)) continue;
    const raw = pair.slice(at + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

export interface CookieOptions {
  /** Seconds; 0 deletes the cookie. */
  readonly maxAge: number;
  readonly httpOnly: boolean;
  /** Only over https: true when the site's public address is https. */
  readonly secure: boolean;
}

/** A Set-Cookie value for the whole site, never sent along with another site's requests that change anything. */
export function cookie(name: string, value: string, options: CookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${options.maxAge}`,
    'SameSite=Lax',
    ...(options.httpOnly ? ['HttpOnly'] : []),
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/**
 * The name a site-wide credential cookie goes by: over https with the `__Host-` prefix, which the browser accepts only
 * from this very host, with Secure, Path=/ and no Domain (what `cookie` writes), so no other host under the same
 * domain, and no page over plain http, can set or overwrite it. Plain over http, which only serves a developer's machine.
 */
export function hostCookieName(name: string, publicUrl: string): string {
  return publicUrl.startsWith('https:') ? `__Host-${name}` : name;
}

/**
 * The session cookie: a random id, HttpOnly, so no script could read it even if one ever ran on a page; over https
 * `__Host-ledelsesrum_session`.
 */
export function sessionCookieName(publicUrl: string): string {
  return hostCookieName('ledelsesrum_session', publicUrl);
}

/** The cookie that remembers the reader's language: chosen in the page, or the person's own at sign-in. */
export const LANGUAGE_COOKIE = 'sprog';
