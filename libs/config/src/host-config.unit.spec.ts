import { loadConfig } from './config';
import { isLoopback, loadHost } from './host-config';

describe('HOST', () => {
  it('defaults to 127.0.0.1, and takes an address or a host name', () => {
    expect(loadHost({})).toBe('127.0.0.1');
    expect(loadHost({ HOST: ' ' })).toBe('127.0.0.1');
    expect(loadHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(loadHost({ HOST: 'fd00::2' })).toBe('fd00::2');
    expect(loadHost({ HOST: 'ledelsesrum-api' })).toBe('ledelsesrum-api');
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['fd00::2', false],
    ['128.0.0.1', false],
    ['localhost.example', false],
    [undefined, false],
  ])('isLoopback(%s) is %s', (address, loopback) => {
    expect(isLoopback(address)).toBe(loopback);
  });
});

describe('API_DOCS', () => {
  const provider = { OIDC_ISSUER: 'https://sso.kommune.dk/realms/ledelse', OIDC_AUDIENCE: 'ledelsesrum-api' };

  it('follows development sign-in unless set: on by default, off with a provider', () => {
    expect(loadConfig({}).apiDocs).toBe(true);
    expect(loadConfig(provider).apiDocs).toBe(false);
  });

  it('is on or off as set', () => {
    expect(loadConfig({ ...provider, API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(loadConfig({ API_DOCS: 'false' }).apiDocs).toBe(false);
    expect(() => loadConfig({ API_DOCS: 'ja' })).toThrow('API_DOCS skal være true eller false');
  });
});
