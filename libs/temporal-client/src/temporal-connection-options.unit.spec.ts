import { temporalConnectionOptions } from './temporal-connection-options';

describe('temporalConnectionOptions', () => {
  it('is the address alone without TLS', () => {
    expect(temporalConnectionOptions('localhost:7233', { tls: false })).toEqual({ address: 'localhost:7233' });
    expect(temporalConnectionOptions('localhost:7233', undefined)).toEqual({ address: 'localhost:7233' });
  });

  it('passes the CA, the client certificate pair and the server name as the SDK names them', () => {
    const ca = Buffer.from('CA');
    const crt = Buffer.from('CERT');
    const key = Buffer.from('KEY');
    expect(
      temporalConnectionOptions('temporal:7233', {
        tls: true,
        serverRootCaCertificate: ca,
        clientCertPair: { crt, key },
        serverNameOverride: 'temporal.kommune.local',
      }),
    ).toEqual({
      address: 'temporal:7233',
      tls: { serverRootCACertificate: ca, clientCertPair: { crt, key }, serverNameOverride: 'temporal.kommune.local' },
    });
  });

  it('uses TLS with the system’s CAs and the API key for Temporal Cloud', () => {
    expect(temporalConnectionOptions('ns.acct.tmprl.cloud:7233', { tls: true, apiKey: 'k' })).toEqual({
      address: 'ns.acct.tmprl.cloud:7233',
      tls: {},
      apiKey: 'k',
    });
  });
});
