import { loadConfig } from '@ledelsesrum/config';
import type { PageResponse } from '../common/page-headers';
import { clearPendingSignInCookie, pendingSignInCookie, readPendingSignInCookie } from './oidc-sign-in-cookie';
import { clearSessionCookie, setSessionCookies } from './session-cookies';

const ID = 'k3b9xV0mR6qW1eT8yU2iO4pA7sD5fG0hJ3lZ9xC6vBn';

/** The Set-Cookie values a handler sets. */
function setCookies(write: (response: PageResponse) => void): string[] {
  const cookies: string[] = [];
  write({ status: () => undefined, setHeader: (_name, value) => cookies.push(...[value].flat()) });
  return cookies;
}

/** A cookie's attributes by lower-case name (`true` for a flag). */
function attributes(line: string): Record<string, string | true> {
  return Object.fromEntries(
    line
      .split(';')
      .slice(1)
      .map((part) => part.trim().split('='))
      .map(([name, value]) => [name!.toLowerCase(), value ?? true]),
  );
}

describe('the session cookie', () => {
  it('over https is __Host-ledelsesrum_session: Secure, HttpOnly, Path=/, no Domain, SameSite=Lax, 8 hours', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://ledelsesrum.kommune.dk' });
    const [session, language] = setCookies((response) => setSessionCookies(response, config, ID, 'en'));

    expect(session!.startsWith(`__Host-ledelsesrum_session=${ID};`)).toBe(true);
    expect(attributes(session!)).toEqual({
      path: '/',
      'max-age': String(8 * 60 * 60),
      samesite: 'Lax',
      httponly: true,
      secure: true,
    });
    // The language is a preference, not a credential: its plain name.
    expect(language).toMatch(/^sprog=en; .*Secure/);
    expect(setCookies((response) => clearSessionCookie(response, config))[0]).toMatch(
      /^__Host-ledelsesrum_session=; Path=\/; Max-Age=0; .*Secure/,
    );
  });

  it('over http (a developer’s machine) is plain ledelsesrum_session, without Secure', () => {
    const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000' });
    const [session] = setCookies((response) => setSessionCookies(response, config, ID, undefined));

    expect(session!.startsWith(`ledelsesrum_session=${ID};`)).toBe(true);
    expect(attributes(session!)).not.toHaveProperty('secure');
  });
});

describe('the sign-in attempt’s cookie', () => {
  it('over https is __Host-ledelsesrum_oidc, and only that name is read back', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://ledelsesrum.kommune.dk' });
    const line = pendingSignInCookie(config, 'sealed', 600);

    expect(line).toBe('__Host-ledelsesrum_oidc=sealed; Path=/; Max-Age=600; SameSite=Lax; HttpOnly; Secure');
    expect(clearPendingSignInCookie(config)).toMatch(/^__Host-ledelsesrum_oidc=; Path=\/; Max-Age=0;/);
    expect(readPendingSignInCookie(config, '__Host-ledelsesrum_oidc=sealed')).toBe('sealed');
    // A cookie without the prefix may have come from another host under the same domain.
    expect(readPendingSignInCookie(config, 'ledelsesrum_oidc=planted')).toBeUndefined();
  });
});
