import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemporalSecurity } from './temporal-security-config';

const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-temporal-tls-'));
const pem = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('loadTemporalSecurity', () => {
  it('connects plainly by default, as to the local dev server', () => {
    expect(loadTemporalSecurity({})).toEqual({ tls: false });
  });

  it('reads a cluster’s CA, a client certificate pair and a server name from files', () => {
    const security = loadTemporalSecurity({
      TEMPORAL_TLS_CA: pem('ca.pem', 'CA'),
      TEMPORAL_TLS_CERT: pem('client.pem', 'CERT'),
      TEMPORAL_TLS_KEY: pem('client.key', 'KEY'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.kommune.local',
    });
    expect({
      tls: security.tls,
      ca: security.serverRootCaCertificate?.toString(),
      crt: security.clientCertPair?.crt.toString(),
      key: security.clientCertPair?.key.toString(),
      name: security.serverNameOverride,
    }).toEqual({ tls: true, ca: 'CA', crt: 'CERT', key: 'KEY', name: 'temporal.kommune.local' });
  });

  it('takes a Temporal Cloud API key from the environment or a file, and turns TLS on with it', () => {
    expect(loadTemporalSecurity({ TEMPORAL_API_KEY: 'k1' })).toEqual({ tls: true, apiKey: 'k1' });
    expect(loadTemporalSecurity({ TEMPORAL_API_KEY_FILE: pem('api-key', 'k2\n') })).toEqual({
      tls: true,
      apiKey: 'k2',
    });
  });

  it('turns TLS on alone with TEMPORAL_TLS=true (a server certificate from a trusted CA)', () => {
    expect(loadTemporalSecurity({ TEMPORAL_TLS: 'true' })).toEqual({ tls: true });
  });

  it.each([
    [{ TEMPORAL_TLS_CERT: '/x.pem' }, 'TEMPORAL_TLS_CERT og TEMPORAL_TLS_KEY skal angives sammen'],
    [{ TEMPORAL_API_KEY: 'a', TEMPORAL_API_KEY_FILE: '/b' }, 'Angiv TEMPORAL_API_KEY eller TEMPORAL_API_KEY_FILE'],
    [{ TEMPORAL_TLS: 'yes' }, 'TEMPORAL_TLS skal være true eller false'],
    [{ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'a' }, 'TEMPORAL_TLS=false passer ikke'],
    [{ TEMPORAL_TLS_CA: '/no/such/ca.pem' }, 'TEMPORAL_TLS_CA: filen kan ikke læses'],
  ])('refuses %j', (env, message) => {
    expect(() => loadTemporalSecurity(env)).toThrow(message);
  });

  it('never puts the API key in an error message', () => {
    expect(() => loadTemporalSecurity({ TEMPORAL_API_KEY: 'secret-key', TEMPORAL_TLS: 'false' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret-key') }),
    );
  });
});
