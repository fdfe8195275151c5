import { loadAuthConfig } from './auth-config';
import { loadConfig } from './config';

const ISSUER = 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0';
const AUDIENCE = 'api://ledelsesrum';
/** A provider as little as it may be configured: the issuer and the audience. */
const PROVIDER = { OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE };

describe('loadAuthConfig', () => {
  it('defaults to development tokens, for callers on this machine only (HOST defaults to loopback)', () => {
    expect(loadAuthConfig({})).toEqual({
      jwtSecret: undefined,
      devTokens: true,
      devTokensLoopbackOnly: true,
      oidc: undefined,
      sessionSecret: undefined,
      sessionRecheckSeconds: 60,
    });
  });

  it.each(['127.0.0.1', '127.0.1.1', 'localhost', '::1'])('keeps that default on the loopback HOST %s', (host) => {
    expect(loadAuthConfig({ HOST: host })).toMatchObject({ devTokens: true, devTokensLoopbackOnly: true });
  });

  it.each(['0.0.0.0', '::', '192.0.2.10', 'ledelsesrum.kommune.dk'])(
    'refuses to start on HOST=%s without a provider, saying how to proceed',
    (host) => {
      expect(() => loadAuthConfig({ HOST: host })).toThrow(
        `HOST=${host} åbner API'et for andre maskiner, men der er ingen login-udbyder. Sæt OIDC_ISSUER og OIDC_AUDIENCE`,
      );
      expect(() => loadAuthConfig({ HOST: host })).toThrow('or AUTH_DEV_TOKENS=true on a closed test network');
    },
  );

  it('opens development sign-in to every caller on a non-loopback HOST only with AUTH_DEV_TOKENS=true', () => {
    expect(loadAuthConfig({ HOST: '0.0.0.0', AUTH_DEV_TOKENS: 'true' })).toMatchObject({
      devTokens: true,
      devTokensLoopbackOnly: false,
    });
    expect(loadAuthConfig({ AUTH_DEV_TOKENS: 'true' })).toMatchObject({
      devTokens: true,
      devTokensLoopbackOnly: false,
    });
  });

  it('starts on a non-loopback HOST with a provider, development tokens off', () => {
    expect(loadAuthConfig({ HOST: '0.0.0.0', ...PROVIDER })).toMatchObject({
      devTokens: false,
      devTokensLoopbackOnly: false,
    });
  });

  it('refuses OIDC_ISSUER without OIDC_AUDIENCE, through loadConfig as at every start', () => {
    expect(() => loadConfig({ OIDC_ISSUER: ISSUER })).toThrow('OIDC_AUDIENCE skal sættes sammen med OIDC_ISSUER');
    expect(() => loadConfig({ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: ' ' })).toThrow('OIDC_AUDIENCE must be set');
  });

  it.each(['AUTH_JWT_SECRET', 'SESSION_SECRET'])(
    'reads %s, and refuses one shorter than 32 bytes, through loadConfig as at every start',
    (name) => {
      expect(loadAuthConfig({ [name]: 's'.repeat(32) })).toMatchObject({
        [name === 'AUTH_JWT_SECRET' ? 'jwtSecret' : 'sessionSecret']: 's'.repeat(32),
      });
      expect(() => loadConfig({ [name]: 's'.repeat(31) })).toThrow(`${name} skal være mindst 32 bytes`);
      expect(() => loadConfig({ [name]: 'short' })).toThrow(`${name} skal være mindst 32 bytes`);
    },
  );

  it('counts a secret in bytes, not characters', () => {
    // 16 characters of two bytes each in UTF-8: 32 bytes.
    expect(loadAuthConfig({ SESSION_SECRET: 'æ'.repeat(16) }).sessionSecret).toBe('æ'.repeat(16));
    expect(() => loadAuthConfig({ SESSION_SECRET: 'æ'.repeat(15) })).toThrow('SESSION_SECRET skal være mindst');
  });

  it('never puts a refused secret into the error message', () => {
    expect(() => loadAuthConfig({ AUTH_JWT_SECRET: 'my-short-secret' })).toThrow(
      expect.not.objectContaining({ message: expect.stringContaining('my-short-secret') }),
    );
  });

  it('reads SESSION_RECHECK_SECONDS (default 60), and refuses what is not 1 to 3600 whole seconds', () => {
    expect(loadAuthConfig({ SESSION_RECHECK_SECONDS: '5' }).sessionRecheckSeconds).toBe(5);
    for (const raw of ['0', '3601', '1.5', 'soon']) {
      expect(() => loadAuthConfig({ SESSION_RECHECK_SECONDS: raw })).toThrow(/SESSION_RECHECK_SECONDS/);
    }
  });

  it('with OIDC_ISSUER and OIDC_AUDIENCE: the provider with its defaults, and development tokens off', () => {
    expect(loadAuthConfig(PROVIDER)).toEqual({
      jwtSecret: undefined,
      devTokens: false,
      devTokensLoopbackOnly: false,
      oidc: { issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles', roleMap: [], personIdClaim: 'sub' },
      sessionSecret: undefined,
      sessionRecheckSeconds: 60,
    });
  });

  it('reads every OIDC variable', () => {
    const config = loadAuthConfig({
      OIDC_ISSUER: 'https://sso.kommune.dk/realms/ledelse',
      OIDC_AUDIENCE: 'ledelsesrum-api',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: ' ledelsesrum-chefgruppe = chefgruppen, ledelsesrum-revision=auditor ,',
      OIDC_PERSON_ID_CLAIM: 'employee_number',
      AUTH_DEV_TOKENS: 'true',
    });
    expect(config).toEqual({
      jwtSecret: undefined,
      devTokens: true,
      devTokensLoopbackOnly: false,
      oidc: {
        issuer: 'https://sso.kommune.dk/realms/ledelse',
        audience: 'ledelsesrum-api',
        rolesClaim: 'realm_access.roles',
        roleMap: [
          ['ledelsesrum-chefgruppe', 'chefgruppen'],
          ['ledelsesrum-revision', 'auditor'],
        ],
        personIdClaim: 'employee_number',
      },
      sessionSecret: undefined,
      sessionRecheckSeconds: 60,
    });
  });

  describe('the web interface as a client of the provider', () => {
    it('is off without OIDC_CLIENT_ID: the provider still checks bearer tokens', () => {
      const config = loadAuthConfig(PROVIDER);

      expect(config.oidc?.webSignIn).toBeUndefined();
      expect(config.oidc?.issuer).toBe(ISSUER);
    });

    it('is a public client with the default scopes when only OIDC_CLIENT_ID is set', () => {
      expect(loadAuthConfig({ ...PROVIDER, OIDC_CLIENT_ID: ' ledelsesrum-web ' }).oidc?.webSignIn).toEqual({
        clientId: 'ledelsesrum-web',
        clientSecret: undefined,
        scopes: 'openid profile email',
      });
    });

    it('is a confidential client with OIDC_CLIENT_SECRET, and takes OIDC_SCOPES with blanks and repeats tidied', () => {
      const config = loadAuthConfig({
        ...PROVIDER,
        OIDC_CLIENT_ID: 'ledelsesrum-web',
        OIDC_CLIENT_SECRET: 'a-secret-with-symbols~._-',
        OIDC_SCOPES: '  openid   profile offline_access openid ',
      });

      expect(config.oidc?.webSignIn).toEqual({
        clientId: 'ledelsesrum-web',
        clientSecret: 'a-secret-with-symbols~._-',
        scopes: 'openid profile offline_access',
      });
    });

    it.each([
      [{ OIDC_CLIENT_ID: 'web' }, 'OIDC_CLIENT_ID kræver OIDC_ISSUER'],
      [{ OIDC_CLIENT_SECRET: 's' }, 'OIDC_CLIENT_SECRET kræver OIDC_ISSUER'],
      [{ ...PROVIDER, OIDC_CLIENT_SECRET: 's' }, 'OIDC_CLIENT_SECRET kræver OIDC_CLIENT_ID'],
      [{ ...PROVIDER, OIDC_SCOPES: 'openid' }, 'OIDC_SCOPES kræver OIDC_CLIENT_ID'],
      [{ ...PROVIDER, OIDC_CLIENT_ID: 'web', OIDC_SCOPES: 'profile email' }, 'OIDC_SCOPES skal indeholde openid'],
    ])('refuses %j with a message naming the problem', (env, message) => {
      expect(() => loadAuthConfig(env)).toThrow(message);
    });

    it('never puts the client secret into an error message', () => {
      const env = { ...PROVIDER, OIDC_CLIENT_ID: 'web', OIDC_CLIENT_SECRET: 'top-secret', OIDC_SCOPES: 'x' };

      expect(() => loadAuthConfig(env)).toThrow(
        expect.not.objectContaining({ message: expect.stringContaining('top-secret') }),
      );
    });
  });

  it.each(['http://localhost:8080/realms/dev', 'http://127.0.0.1:4000', 'http://[::1]:4000'])(
    'allows plain http for the loopback issuer %s',
    (issuer) => {
      expect(loadAuthConfig({ OIDC_ISSUER: issuer, OIDC_AUDIENCE: AUDIENCE }).oidc?.issuer).toBe(issuer);
    },
  );

  it.each([
    [{ ...PROVIDER, OIDC_ISSUER: 'http://sso.kommune.dk' }, 'OIDC_ISSUER skal være en https-URL'],
    [{ ...PROVIDER, OIDC_ISSUER: 'sso.kommune.dk' }, 'OIDC_ISSUER er ikke en URL'],
    [{ ...PROVIDER, OIDC_ISSUER: 'https://sso.kommune.dk/?tenant=1' }, 'må ikke have query'],
    [{ OIDC_AUDIENCE: 'api' }, 'OIDC_AUDIENCE kræver OIDC_ISSUER'],
    [{ AUTH_DEV_TOKENS: 'false' }, 'AUTH_DEV_TOKENS=false kræver OIDC_ISSUER'],
    [{ AUTH_DEV_TOKENS: 'yes' }, 'AUTH_DEV_TOKENS skal være true eller false'],
    [{ HOST: 'not a host' }, 'HOST skal være en IP-adresse eller et værtsnavn'],
    [{ ...PROVIDER, OIDC_ROLE_MAP: 'chefgruppen' }, 'OIDC_ROLE_MAP: "chefgruppen" skal have formen'],
    [{ ...PROVIDER, OIDC_ROLE_MAP: 'x=' }, 'OIDC_ROLE_MAP: "x=" skal have formen'],
    [{ ...PROVIDER, OIDC_ROLES_CLAIM: 'realm_access..roles' }, 'OIDC_ROLES_CLAIM skal være et claim-navn'],
  ])('refuses %j with a message naming the problem', (env, message) => {
    expect(() => loadAuthConfig(env)).toThrow(message);
  });
});
