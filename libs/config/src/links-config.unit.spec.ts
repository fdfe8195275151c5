import { loadConfig } from './config';
import { loadLinksConfig } from './links-config';

describe('loadLinksConfig', () => {
  it('defaults to this machine on the API port, the data folder’s secret and 60 days', () => {
    expect(loadLinksConfig({})).toEqual({
      publicUrl: 'http://localhost:3000',
      confirmLinkSecret: undefined,
      confirmLinkValidDays: 60,
      accessibilityContact: undefined,
      accessibilityPhone: undefined,
    });
    expect(loadLinksConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it('reads every variable, and drops a trailing slash from PUBLIC_URL', () => {
    expect(
      loadLinksConfig({
        PUBLIC_URL: 'https://ledelsesrum.kommune.dk/',
        CONFIRM_LINK_SECRET: 'x'.repeat(32),
        CONFIRM_LINK_VALID_DAYS: '30',
        ACCESSIBILITY_CONTACT: 'webmaster@kommune.dk',
        ACCESSIBILITY_CONTACT_PHONE: '70 10 20 30',
      }),
    ).toEqual({
      publicUrl: 'https://ledelsesrum.kommune.dk',
      confirmLinkSecret: 'x'.repeat(32),
      confirmLinkValidDays: 30,
      accessibilityContact: 'webmaster@kommune.dk',
      accessibilityPhone: '70 10 20 30',
    });
  });

  it('keeps a path under which the system is published', () => {
    expect(loadLinksConfig({ PUBLIC_URL: 'https://kommune.dk/ledelsesrum' }).publicUrl).toBe(
      'https://kommune.dk/ledelsesrum',
    );
  });

  it('treats empty values as unset', () => {
    expect(loadLinksConfig({ PUBLIC_URL: '', CONFIRM_LINK_SECRET: ' ', CONFIRM_LINK_VALID_DAYS: '' })).toEqual(
      loadLinksConfig({}),
    );
  });

  it.each([
    [{ PUBLIC_URL: 'ledelsesrum.kommune.dk' }, 'PUBLIC_URL er ikke en URL'],
    [{ PUBLIC_URL: 'ftp://kommune.dk' }, 'PUBLIC_URL skal være en http- eller https-URL'],
    [{ PUBLIC_URL: 'https://kommune.dk/?a=1' }, 'PUBLIC_URL må ikke have query'],
    [{ PUBLIC_URL: 'https://user:pw@kommune.dk' }, 'PUBLIC_URL må ikke have query, fragment eller brugernavn'],
    [{ CONFIRM_LINK_SECRET: 'short' }, 'CONFIRM_LINK_SECRET skal være mindst 32 bytes'],
    // 31 bytes: one short, however random it looks.
    [{ CONFIRM_LINK_SECRET: 'x'.repeat(31) }, 'CONFIRM_LINK_SECRET skal være mindst 32 bytes'],
    [{ CONFIRM_LINK_VALID_DAYS: '0' }, 'CONFIRM_LINK_VALID_DAYS skal være et helt tal fra 1 til 365'],
    [{ CONFIRM_LINK_VALID_DAYS: '1.5' }, 'CONFIRM_LINK_VALID_DAYS skal være et helt tal'],
    [{ CONFIRM_LINK_VALID_DAYS: '366' }, 'CONFIRM_LINK_VALID_DAYS skal være et helt tal'],
    [{ CONFIRM_LINK_VALID_DAYS: 'tres' }, 'CONFIRM_LINK_VALID_DAYS skal være et helt tal'],
  ])('refuses %j with a message naming the problem', (env, message) => {
    expect(() => loadLinksConfig(env)).toThrow(message);
  });

  it('is part of the whole configuration', () => {
    expect(loadConfig({ PORT: '4000', CONFIRM_LINK_VALID_DAYS: '14' })).toMatchObject({
      port: 4000,
      publicUrl: 'http://localhost:4000',
      confirmLinkSecret: undefined,
      confirmLinkValidDays: 14,
    });
  });
});
