import { cookie, hostCookieName, readCookies } from './cookies';

describe('readCookies', () => {
  it('reads each cookie by name, decoded, the first of a repeated name winning', () => {
    expect(readCookies('a=1; b=%C3%A6; a=2; broken; c=%E0%A4%A')).toEqual({ a: '1', b: 'æ', c: '%E0%A4%A' });
  });

  it('reads nothing from a request without cookies', () => {
    expect(readCookies(undefined)).toEqual({});
  });
});

describe('cookie', () => {
  it('is for the whole site, SameSite=Lax, and HttpOnly and Secure when asked', () => {
    expect(cookie('s', 'v w', { maxAge: 60, httpOnly: true, secure: true })).toBe(
      's=v%20w; Path=/; Max-Age=60; SameSite=Lax; HttpOnly; Secure',
    );
    expect(cookie('s', '', { maxAge: 0, httpOnly: false, secure: false })).toBe('s=; Path=/; Max-Age=0; SameSite=Lax');
  });
});

describe('hostCookieName', () => {
  it('has the __Host- prefix when people reach the site over https, and none over http', () => {
    expect(hostCookieName('ledelsesrum_session', 'https://ledelsesrum.kommune.dk')).toBe('__Host-ledelsesrum_session');
    expect(hostCookieName('ledelsesrum_session', 'http://localhost:3000')).toBe('ledelsesrum_session');
  });
});
