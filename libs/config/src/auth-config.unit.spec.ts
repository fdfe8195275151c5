import { loadAuthConfig } from './auth-config';

const ISSUER = 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0';

describe('loadAuthConfig', () => {
  it('defaults to development tokens only', () => {
    expect(loadAuthConfig({})).toEqual({
      jwtSecret: undefined,
      devTokens: true,
      oidc: undefined,
      sessionSecret: undefined,
      sessionRecheckSeconds: 60,
    });
  });

  it('reads SESSION_SECRET, and refuses one shorter than 32 characters', () => {
    expect(loadAuthConfig({ SESSION_SECRET: 's'.repeat(32) }).sessionSecret).toBe('s'.repeat(32));
    expect(() => loadAuthConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
  });

  it('reads SESSION_RECHECK_SECONDS (default 60), and refuses what is not 1 to 3600 whole seconds', () => {
    expect(loadAuthConfig({ SESSION_RECHECK_SECONDS: '5' }).sessionRecheckSeconds).toBe(5);
    for (const raw of ['0', '3601', '1.5', 'soon']) {
      expect(() => loadAuthConfig({ SESSION_RECHECK_SECONDS: raw })).toThrow(/SESSION_RECHECK_SECONDS/);
    }
  });

  it('with OIDC_ISSUER: the provider with its defaults, and development tokens off', () => {
    expect(loadAuthConfig({ OIDC_ISSUER: ISSUER })).toEqual({
      jwtSecret: undefined,
      devTokens: false,
      oidc: { issuer: ISSUER, audience: undefined, rolesClaim: 'roles', roleMap: [], personIdClaim: 'sub' },
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
      const config = loadAuthConfig({ OIDC_ISSUER: ISSUER });

      expect(config.oidc?.webSignIn).toBeUndefined();
      expect(config.oidc?.issuer).toBe(ISSUER);
    });

    it('is a public client with the default scopes when only OIDC_CLIENT_ID is set', () => {
      expect(loadAuthConfig({ OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: ' ledelsesrum-web ' }).oidc?.webSignIn).toEqual({
        clientId: 'ledelsesrum-web',
        clientSecret: undefined,
        scopes: 'openid profile email',
      });
    });

    it('is a confidential client with OIDC_CLIENT_SECRET, and takes OIDC_SCOPES with blanks and repeats tidied', () => {
      const config = loadAuthConfig({
        OIDC_ISSUER: ISSUER,
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
      [{ OIDC_ISSUER: ISSUER, OIDC_CLIENT_SECRET: 's' }, 'OIDC_CLIENT_SECRET kræver OIDC_CLIENT_ID'],
      [{ OIDC_ISSUER: ISSUER, OIDC_SCOPES: 'openid' }, 'OIDC_SCOPES kræver OIDC_CLIENT_ID'],
      [
        { OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: 'web', OIDC_SCOPES: 'profile email' },
        'OIDC_SCOPES skal indeholde openid',
      ],
    ])('refuses %j with a message naming the problem', (env, message) => {
      expect(() => loadAuthConfig(env)).toThrow(message);
    });

    it('never puts the client secret into an error message', () => {
      const env = { OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: 'web', OIDC_CLIENT_SECRET: 'top-secret', OIDC_SCOPES: 'x' };

      expect(() => loadAuthConfig(env)).toThrow(
        expect.not.objectContaining({ message: expect.stringContaining('top-secret') }),
      );
    });
  });

  it.each(['http://localhost:8080/realms/dev', 'http://127.0.0.1:4000', 'http://[::1]:4000'])(
    'allows plain http for the loopback issuer %s',
    (issuer) => {
      expect(loadAuthConfig({ OIDC_ISSUER: issuer }).oidc?.issuer).toBe(issuer);
    },
  );

  it.each([
    [{ OIDC_ISSUER: 'http://sso.kommune.dk' }, 'OIDC_ISSUER skal være en https-URL'],
    [{ OIDC_ISSUER: 'sso.kommune.dk' }, 'OIDC_ISSUER er ikke en URL'],
    [{ OIDC_ISSUER: 'https://sso.kommune.dk/?tenant=1' }, 'må ikke have query'],
    [{ OIDC_AUDIENCE: 'api' }, 'OIDC_AUDIENCE kræver OIDC_ISSUER'],
    [{ AUTH_DEV_TOKENS: 'false' }, 'AUTH_DEV_TOKENS=false kræver OIDC_ISSUER'],
    [{ AUTH_DEV_TOKENS: 'yes' }, 'AUTH_DEV_TOKENS skal være true eller false'],
    [{ OIDC_ISSUER: ISSUER, OIDC_ROLE_MAP: 'chefgruppen' }, 'OIDC_ROLE_MAP: "chefgruppen" skal have formen'],
    [{ OIDC_ISSUER: ISSUER, OIDC_ROLE_MAP: 'x=' }, 'OIDC_ROLE_MAP: "x=" skal have formen'],
    [{ OIDC_ISSUER: ISSUER, OIDC_ROLES_CLAIM: 'realm_access..roles' }, 'OIDC_ROLES_CLAIM skal være et claim-navn'],
  ])('refuses %j with a message naming the problem', (env, message) => {
    expect(() => loadAuthConfig(env)).toThrow(message);
  });
});
