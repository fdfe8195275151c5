import { loadConfig } from './config';
import { postgresWithoutTlsWarning } from './postgres-tls-config';

const PASSWORD = 'hemmelig-adgangskode';
const remote = (query = '') => `postgres://ledelsesrum:${PASSWORD}@db.kommune.dk:5432/ledelsesrum${query}`;

/** Every PostgreSQL URL the configuration knows, set to `url`. */
function allPostgres(url: string): NodeJS.ProcessEnv {
  return {
    EVENT_STORE: 'postgres',
    EVENT_STORE_URL: url,
    PERSONAL_DATA_KEYS_URL: url,
    SESSIONS_URL: url,
    SMTP_SENT_LOG_URL: url,
  };
}

describe('PostgreSQL without TLS (REQUIRE_TLS)', () => {
  it('names every PostgreSQL URL to a remote host without sslmode=require, verify-ca or verify-full', () => {
    expect(loadConfig(allPostgres(remote())).postgresWithoutTls).toEqual([
      'EVENT_STORE_URL',
      'PERSONAL_DATA_KEYS_URL',
      'SESSIONS_URL',
      'SMTP_SENT_LOG_URL',
    ]);
    for (const weak of ['?sslmode=disable', '?sslmode=prefer', '?sslmode=allow', '?sslmode=no-verify', '?ssl=false']) {
      expect(loadConfig({ EVENT_STORE: 'postgres', EVENT_STORE_URL: remote(weak) }).postgresWithoutTls).toEqual([
        'EVENT_STORE_URL',
      ]);
    }
  });

  it('accepts sslmode=require, verify-ca and verify-full', () => {
    for (const mode of ['require', 'verify-ca', 'verify-full', 'VERIFY-FULL']) {
      const config = loadConfig({ ...allPostgres(remote(`?sslmode=${mode}`)), REQUIRE_TLS: 'true' });
      expect(config.postgresWithoutTls).toEqual([]);
    }
  });

  it('does not count loopback hosts and unix sockets, whose traffic never leaves the machine', () => {
    for (const local of [
      'postgres://u:p@localhost/db',
      'postgres://u:p@127.0.0.1:5432/db',
      'postgres://u:p@[::1]:5432/db',
      'postgres://u:p@%2Fvar%2Frun%2Fpostgresql/db',
      'postgres://u:p@ignored/db?host=/var/run/postgresql',
    ]) {
      expect(loadConfig({ ...allPostgres(local), REQUIRE_TLS: 'true' }).postgresWithoutTls).toEqual([]);
    }
    // A host parameter naming a remote host wins over a loopback host in the URL.
    expect(loadConfig(allPostgres('postgres://u:p@localhost/db?host=db.kommune.dk')).postgresWithoutTls).toHaveLength(
      4,
    );
  });

  it('is nothing on the embedded defaults', () => {
    expect(loadConfig({ DATA_DIR: '/data', REQUIRE_TLS: 'true' }).postgresWithoutTls).toEqual([]);
  });

  it('refuses the start with REQUIRE_TLS=true, naming the settings in Danish and English and never the password', () => {
    let message = '';
    try {
      loadConfig({
        ...allPostgres(remote('?sslmode=prefer')),
        PERSONAL_DATA_KEYS_URL: remote('?sslmode=verify-full'),
        REQUIRE_TLS: 'true',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('EVENT_STORE_URL, SESSIONS_URL, SMTP_SENT_LOG_URL:');
    expect(message).not.toContain('PERSONAL_DATA_KEYS_URL');
    expect(message).toContain('PostgreSQL uden TLS er ikke tilladt, når REQUIRE_TLS=true');
    expect(message).toContain('PostgreSQL without TLS is not allowed with REQUIRE_TLS=true');
    expect(message).not.toContain(PASSWORD);
    expect(message).not.toContain('db.kommune.dk');
  });

  it('takes REQUIRE_TLS as true or false only', () => {
    expect(() => loadConfig({ REQUIRE_TLS: 'yes' })).toThrow(/REQUIRE_TLS skal være true eller false/);
    expect(loadConfig({ ...allPostgres(remote()), REQUIRE_TLS: 'false' }).postgresWithoutTls).toHaveLength(4);
  });

  it('warns in Danish and English, naming the settings only', () => {
    const warning = postgresWithoutTlsWarning(['EVENT_STORE_URL']);
    expect(warning).toMatch(
      /^EVENT_STORE_URL: forbindelsen til PostgreSQL er ikke krypteret .* \/ the connection to PostgreSQL is not encrypted/,
    );
  });
});
